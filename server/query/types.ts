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
  // Not a REST comparator on Twenty, and the parser refuses it; it stays in the type only while
  // the app's test fake (src/testing/fake-dalil-list.ts) still has a case for it.
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
  /** Option order of a SELECT field: Twenty sorts by it, not alphabetically. */
  enumValues?: readonly string[];
  /** Whether the column can hold NULL (keyset cursors cannot follow such a sort on Twenty). */
  nullable: boolean;
  /** For `name.firstName`: the composite (`name`) and all its parts' columns, which a cursor holds. */
  composite?: { field: string; parts: readonly { sub: string; column: string }[] };
};

export type { ObjectMeta };
