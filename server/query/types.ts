import type { ObjectMeta, ScalarType } from '../metadata.ts';

// The interface between the query-language modules (filter, order_by, cursor) and the
// record code that builds the final SELECT. Every value travels as a bound parameter.

/** A piece of SQL with its parameters. Placeholders are written as `?` and numbered
 *  ($1, $2, ...) only when the final statement is assembled, so fragments compose freely. */
export type SqlFragment = { sql: string; params: unknown[] };

export type Comparator =
  | 'eq'
  | 'neq'
  | 'in'
  | 'containsAny'
  | 'is'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'startsWith'
  | 'endsWith'
  | 'like'
  | 'ilike';

export type FilterNode =
  | { kind: 'and' | 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | {
      kind: 'atom';
      field: string; // `field` or `field.sub`, as written
      comparator: Comparator;
      /** Raw value: a string (quotes removed), a list of strings for `[a,b]`. */
      value: string | string[];
      quoted: boolean;
    };

export type Direction = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';

export type OrderItem = {
  /** As written by the client: `dueAt`, `name.firstName`. */
  field: string;
  column: string;
  type: ScalarType;
  direction: Direction;
};

export type { ObjectMeta };
