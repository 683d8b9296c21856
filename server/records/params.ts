import { badRequest } from '../errors.ts';
import { getObject, OBJECTS, type ObjectMeta } from '../metadata.ts';

// Query-string and path parameters shared by every /rest route.

export const DEFAULT_LIMIT = 60;
export const MAX_LIMIT = 200;
/** Twenty refuses a batch of more than 200 ("Maximum number of records to upsert is 200."). */
export const MAX_BATCH = 200;

export function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(`limit '${raw.slice(0, 40)}' is invalid. Should be an integer`);
  }
  // limit=0 is an empty page, as on Twenty; above 200 is capped, not refused.
  return Math.min(Number(raw.trim()), MAX_LIMIT);
}

export function parseDepth(raw: string | undefined, meta: ObjectMeta): 0 | 1 {
  if (raw === undefined) return meta.defaultDepth;
  if (raw === '0') return 0;
  if (raw === '1') return 1;
  throw badRequest(`'depth=${raw.slice(0, 40)}' parameter invalid. Allowed values are 0, 1`);
}

/** Empty query values (`?starting_after=`) count as absent, as most clients send them when unset. */
export const optionalParam = (raw: string | undefined) =>
  raw === undefined || raw.trim() === '' ? undefined : raw;

/** `filter=` with nothing after it is a 400 on Twenty, not "no filter". */
export function filterParam(raw: string | undefined): string | undefined {
  if (raw !== undefined && raw.trim() === '') {
    throw badRequest(`'filter' is empty: leave the parameter out to list every record`);
  }
  return raw;
}

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
