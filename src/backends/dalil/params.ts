import type { Filter } from './filter';

// Query strings for Dalil list and read calls. Everything goes through URLSearchParams, so
// filter values with `&`, `#`, `%`, spaces or non-ASCII reach the server intact.

export type Direction = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';
export type OrderBy = readonly (readonly [field: string, direction: Direction])[];

/** Twenty and Dalil cap pages differently (60 to 200); 60 works on every build. */
export const MAX_LIMIT = 60;

/**
 * The most rows a lookup by ids asks for in one page (`largePage`): Twenty serves up to 200, and
 * 120 UUIDs keep the address near 5.5 KB, under the 8 KB many proxies allow. A build that serves
 * fewer rows a page is followed by cursor, so nothing is lost, only a request more spent.
 */
export const LOOKUP_LIMIT = 120;

export function orderBy(items: OrderBy): string {
  return items.map(([field, direction]) => `${field}[${direction}]`).join(',');
}

export type ListParams = {
  depth: 0 | 1;
  filter?: Filter;
  orderBy?: OrderBy;
  limit?: number;
  /** Up to LOOKUP_LIMIT rows, for lookups by ids; otherwise MAX_LIMIT. */
  largePage?: boolean;
  startingAfter?: string | null;
};

export function listParams(p: ListParams): URLSearchParams {
  const params = new URLSearchParams();
  params.set('depth', String(p.depth));
  params.set('limit', String(clampLimit(p.limit, p.largePage ? LOOKUP_LIMIT : MAX_LIMIT)));
  if (p.orderBy && p.orderBy.length > 0) params.set('order_by', orderBy(p.orderBy));
  if (p.filter) params.set('filter', p.filter);
  if (p.startingAfter) params.set('starting_after', p.startingAfter);
  return params;
}

export function depthParams(depth: 0 | 1): URLSearchParams {
  return new URLSearchParams({ depth: String(depth) });
}

export function clampLimit(limit: number | undefined, cap = MAX_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return cap;
  return Math.min(cap, Math.max(1, Math.floor(limit)));
}
