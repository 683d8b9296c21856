import { badRequest } from '../errors.ts';
import { getObject, OBJECTS, type ObjectMeta } from '../metadata.ts';

// Query-string and path parameters shared by every /rest route.

export const DEFAULT_LIMIT = 60;
export const MAX_LIMIT = 200;
/** Twenty documents 60 records per batch call. */
export const MAX_BATCH = 60;

export function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(`limit '${raw.slice(0, 40)}' is invalid. Should be an integer`);
  }
  const limit = Number(raw.trim());
  if (limit < 1) throw badRequest(`limit '${raw}' is invalid. Should be a positive integer`);
  return Math.min(limit, MAX_LIMIT);
}

export function parseDepth(raw: string | undefined, meta: ObjectMeta): 0 | 1 {
  if (raw === undefined) return meta.defaultDepth;
  if (raw === '0') return 0;
  if (raw === '1') return 1;
  throw badRequest(`'depth=${raw.slice(0, 40)}' parameter invalid. Allowed values are 0, 1`);
}

/** Empty query values (`?filter=`) count as absent, as most clients send them when unset. */
export const optionalParam = (raw: string | undefined) =>
  raw === undefined || raw.trim() === '' ? undefined : raw;

export function objectFromPath(name: string): ObjectMeta {
  const meta = getObject(name);
  if (meta) return meta;
  const lower = name.toLowerCase();
  const match = Object.values(OBJECTS).find(
    (o) => o.nameSingular.toLowerCase() === lower || o.namePlural.toLowerCase() === lower,
  );
  const hint = match ? ` Did you mean '${match.namePlural}'?` : '';
  throw badRequest(`object '${name.slice(0, 60)}' not found.${hint}`);
}

export const capitalise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
