import type { Filter } from './filter';

// Query strings for Dalil list and read calls. Everything goes through URLSearchParams, so
// filter values with `&`, `#`, `%`, spaces or non-ASCII reach the server intact.

export type Direction = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';
export type OrderBy = readonly (readonly [field: string, direction: Direction])[];

/** Twenty and Dalil cap pages differently (60 to 200); 60 works on every build. */
export const MAX_LIMIT = 60;

export function orderBy(items: OrderBy): string {
  return items.map(([field, direction]) => `${field}[${direction}]`).join(',');
}

export type ListParams = {
  depth: 0 | 1;
  filter?: Filter;
  orderBy?: OrderBy;
  limit?: number;
  startingAfter?: string | null;
};

export function listParams(p: ListParams): URLSearchParams {
  const params = new URLSearchParams();
  params.set('depth', String(p.depth));
  params.set('limit', String(clampLimit(p.limit)));
  if (p.orderBy && p.orderBy.length > 0) params.set('order_by', orderBy(p.orderBy));
  if (p.filter) params.set('filter', p.filter);
  if (p.startingAfter) params.set('starting_after', p.startingAfter);
  return params;
}

export function depthParams(depth: 0 | 1): URLSearchParams {
  return new URLSearchParams({ depth: String(depth) });
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return MAX_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}
