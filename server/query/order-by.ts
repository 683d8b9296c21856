import { badRequest } from '../errors.ts';
import { COMPOSITE_SUBFIELDS, compositeColumn, type ObjectMeta } from '../metadata.ts';
import { shown } from '../records/values.ts';
import { ident } from '../sql.ts';
import { resolveField } from './filter-sql.ts';
import type { Direction, OrderItem } from './types.ts';

// `order_by=field[Direction],name.firstName,...` (contract section 5). The id tie-breaker makes
// the order total, which keyset pagination needs: no two rows ever compare equal. A SELECT field
// sorts by its option order (TODO, IN_PROGRESS, DONE), as on Twenty.

export const DIRECTIONS: readonly Direction[] = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
];
const DEFAULT_DIRECTION: Direction = 'AscNullsFirst';
const MAX_ORDER_BY_LENGTH = 2_000;
const ITEM = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*(?:\[([^\]]*)\])?$/;

const isDirection = (s: string): s is Direction => (DIRECTIONS as readonly string[]).includes(s);

export function parseOrderBy(input: string | undefined, meta: ObjectMeta): OrderItem[] {
  if (input !== undefined && input.length > MAX_ORDER_BY_LENGTH) {
    throw badRequest(`'order_by' invalid: longer than ${MAX_ORDER_BY_LENGTH} characters`);
  }
  const items: OrderItem[] = [];
  const text = input?.trim() ?? '';
  for (const raw of text === '' ? [] : text.split(',')) {
    const part = raw.trim();
    if (part === '') throw badRequest(`'order_by' invalid: empty item in '${shown(text)}'`);
    const m = ITEM.exec(part);
    if (!m) {
      throw badRequest(
        `'order_by' invalid: '${shown(part)}' is not field[Direction] (e.g. createdAt[DescNullsLast])`,
      );
    }
    const field = m[1]!;
    const direction = m[2]?.trim() ?? DEFAULT_DIRECTION;
    if (!isDirection(direction)) {
      throw badRequest(
        `'order_by' invalid: unknown direction '${shown(direction)}' for '${shown(field)}'. Allowed: ${DIRECTIONS.join(', ')}`,
      );
    }
    const col = resolveField(meta, field, 'order_by');
    if (col.type === 'json') {
      throw badRequest(`'order_by' invalid: '${field}' is an array field and cannot be sorted`);
    }
    if (items.some((i) => i.column === col.column)) {
      throw badRequest(`'order_by' invalid: '${field}' is listed twice`);
    }
    const composite = col.composite && {
      field: col.composite.name,
      parts: COMPOSITE_SUBFIELDS[col.composite.type].map((s) => ({
        sub: s.name,
        column: compositeColumn(col.composite!.name, s.name),
      })),
    };
    items.push({
      field,
      column: col.column,
      type: col.type,
      direction,
      nullable: col.nullable,
      ...(col.enumValues ? { enumValues: col.enumValues } : {}),
      ...(composite ? { composite } : {}),
    });
  }
  if (!items.some((i) => i.column === 'id')) items.push(ID_ORDER);
  return items;
}

export const ID_ORDER: OrderItem = {
  field: 'id',
  column: 'id',
  type: 'uuid',
  direction: DEFAULT_DIRECTION,
  nullable: false,
};

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** What the rows are sorted by for `item`: the column, or a SELECT option's position. The values
 *  come from metadata, never from the request. */
export function sortKey(item: OrderItem, column = ident(item.column)): string {
  if (!item.enumValues) return column;
  return `array_position(ARRAY[${item.enumValues.map(literal).join(', ')}]::text[], ${column})`;
}

export const isAscending = (d: Direction) => d.startsWith('Asc');
export const nullsFirst = (d: Direction) => d.endsWith('NullsFirst');

/** `"dueAt" ASC NULLS LAST, "id" ASC NULLS FIRST`, for an ORDER BY clause. */
export function orderBySql(items: readonly OrderItem[]): string {
  return items
    .map(
      (i) =>
        `${sortKey(i)} ${isAscending(i.direction) ? 'ASC' : 'DESC'} NULLS ${nullsFirst(i.direction) ? 'FIRST' : 'LAST'}`,
    )
    .join(', ');
}

/** The exact reverse order (AscNullsFirst <-> DescNullsLast), for reading a page backwards. */
export function reverseOrder(items: readonly OrderItem[]): OrderItem[] {
  return items.map((i) => ({
    ...i,
    direction:
      `${isAscending(i.direction) ? 'Desc' : 'Asc'}${nullsFirst(i.direction) ? 'NullsLast' : 'NullsFirst'}` as Direction,
  }));
}
