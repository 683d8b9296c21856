import { listBody } from '@/backends/dalil/wire-fixtures';
import { parseFilter } from '../../server/query/filter.ts';
import type { FilterNode } from '../../server/query/types.ts';

// A list read as the embedded server answers it: `filter` read by the server's own parser,
// `order_by` with the id tie-breaker, `limit` (default 60, at most 200) and `starting_after`,
// with totalCount counting every matching row. The cursor is the offset of the next row: it
// is opaque to the app, which only hands back `endCursor`.

export type Row = Record<string, unknown> & { id: string };

export function valueAt(row: Row, field: string): unknown {
  return field.split('.').reduce<unknown>((value, part) => {
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[part]
      : undefined;
  }, row);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** SQL LIKE: `%` any run, `_` any one character, a backslash takes the next one literally. */
function likeToRegExp(pattern: string, flags: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else source += char === '%' ? '.*' : char === '_' ? '.' : escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, `s${flags}`);
}

function compare(actual: unknown, other: unknown): number {
  if (typeof actual === 'number' && typeof other === 'number') return actual - other;
  if (typeof actual === 'number') return actual - Number(other);
  const [x, y] = [String(actual), String(other)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function matches(row: Row, node: FilterNode): boolean {
  if (node.kind === 'not') return !matches(row, node.child);
  if (node.kind !== 'atom') {
    return node.kind === 'and'
      ? node.children.every((child) => matches(row, child))
      : node.children.some((child) => matches(row, child));
  }
  const actual = valueAt(row, node.field) ?? null;
  const { comparator, value } = node;
  if (comparator === 'is') return value === 'NULL' ? actual === null : actual !== null;
  // As in SQL, a comparison with NULL is never true.
  if (actual === null) return false;
  if (comparator === 'in') return Array.isArray(value) && value.includes(String(actual));
  const text = String(value);
  switch (comparator) {
    case 'eq':
      return compare(actual, text) === 0;
    case 'neq':
      return compare(actual, text) !== 0;
    case 'lt':
      return compare(actual, text) < 0;
    case 'lte':
      return compare(actual, text) <= 0;
    case 'gt':
      return compare(actual, text) > 0;
    case 'gte':
      return compare(actual, text) >= 0;
    case 'like':
      return likeToRegExp(text, '').test(String(actual));
    case 'ilike':
      return likeToRegExp(text, 'i').test(String(actual));
    case 'startsWith':
      return String(actual).startsWith(text);
    case 'endsWith':
      return String(actual).endsWith(text);
    default:
      throw new Error(`fake Dalil API: comparator ${comparator} not supported`);
  }
}

function ordered(rows: Row[], orderBy: string | null): Row[] {
  const keys = (orderBy ?? '')
    .split(',')
    .filter(Boolean)
    .map((key) => {
      const [, field = '', direction = 'AscNullsFirst'] =
        /^([\w.]+)(?:\[(\w+)\])?$/.exec(key.trim()) ?? [];
      return { field, direction };
    });
  return [...rows].sort((a, b) => {
    for (const { field, direction } of keys) {
      const x = valueAt(a, field) ?? null;
      const y = valueAt(b, field) ?? null;
      if (x === y) continue;
      if (x === null || y === null) {
        return (x === null) === direction.endsWith('NullsFirst') ? -1 : 1;
      }
      const order = compare(x, y);
      if (order !== 0) return direction.startsWith('Desc') ? -order : order;
    }
    return compare(a.id, b.id);
  });
}

/** The list answer for `rows`; `view` shapes each item on the page (e.g. at depth 1). */
export function listAnswer(
  plural: string,
  rows: Row[],
  params: URLSearchParams,
  view: (row: Row) => Row = (row) => row,
) {
  const filter = params.get('filter');
  const matching = ordered(
    filter ? rows.filter((row) => matches(row, parseFilter(filter))) : rows,
    params.get('order_by'),
  );
  const limit = Math.min(200, Number(params.get('limit') ?? 60));
  const start = Number(params.get('starting_after') ?? 0);
  if (!Number.isInteger(start) || start < 0) throw new Error('Invalid cursor');
  const hasNextPage = start + limit < matching.length;
  return listBody(plural, matching.slice(start, start + limit).map(view), {
    totalCount: matching.length,
    pageInfo: {
      hasNextPage,
      startCursor: String(start),
      endCursor: hasNextPage ? String(start + limit) : null,
    },
  });
}
