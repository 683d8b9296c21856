import { badRequest, shown } from '../shared/errors.ts';

// The list query of GET /user-api/v1/tasks, checked strictly: anything the page does not
// describe is a 400 that says what is allowed, so a client can never come to rely on it.

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
export const MAX_OFFSET = 999_999_999;
export const ORDERS = ['due_date:asc', 'due_date:desc'] as const;
export type Order = (typeof ORDERS)[number];

export type ListQuery = { limit: number; offset: number; order: Order; withTags: boolean };

type Params = Record<string, string[]>;

function single(params: Params, name: string): string | undefined {
  const values = params[name];
  if (values === undefined) return undefined;
  if (values.length > 1)
    throw badRequest(`'${name}' was given ${values.length} times; give it once`);
  return values[0];
}

function integer(name: string, raw: string, min: number, max: number): number {
  const text = raw.trim();
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`'${name}' must be a whole number from ${min} to ${max}; got '${shown(raw)}'`);
  }
  return value;
}

/** `include` names related data; the only kind there is, is `tags`. */
export function parseInclude(params: Params): boolean {
  const raw = single(params, 'include');
  if (raw === undefined) return false;
  const parts = raw.split(',').map((p) => p.trim());
  const unknown = parts.find((p) => p !== 'tags');
  if (unknown !== undefined) {
    throw badRequest(`'include' may only name 'tags'; got '${shown(unknown)}'`);
  }
  return true;
}

export function rejectUnknown(params: Params, allowed: readonly string[]) {
  const unknown = Object.keys(params).find((name) => !allowed.includes(name));
  if (unknown !== undefined) {
    throw badRequest(
      `Unknown query parameter '${shown(unknown)}'; allowed: ${allowed.join(', ') || 'none'}`,
    );
  }
}

export function parseListQuery(params: Params): ListQuery {
  rejectUnknown(params, ['limit', 'offset', 'order_by', 'include']);
  const limit = single(params, 'limit');
  const offset = single(params, 'offset');
  const order = single(params, 'order_by');
  if (order !== undefined && !(ORDERS as readonly string[]).includes(order)) {
    throw badRequest(`'order_by' must be ${ORDERS.join(' or ')}; got '${shown(order)}'`);
  }
  return {
    limit: limit === undefined ? DEFAULT_LIMIT : integer('limit', limit, 1, MAX_LIMIT),
    offset: offset === undefined ? 0 : integer('offset', offset, 0, MAX_OFFSET),
    order: (order as Order | undefined) ?? 'due_date:asc',
    withTags: parseInclude(params),
  };
}
