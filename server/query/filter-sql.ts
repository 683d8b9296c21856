import { badRequest, queryError } from '../errors.ts';
import {
  COMPOSITE_SUBFIELDS,
  resolveColumn,
  type ObjectMeta,
  type ScalarType,
} from '../metadata.ts';
import { isUuid, parseDateTime, shown } from '../records/values.ts';
import { ident, joinFragments } from '../sql.ts';
import type { Comparator, FilterNode, SqlFragment } from './types.ts';

// Turns a parsed filter into a WHERE fragment. Identifiers come from metadata only; every value
// is a bound parameter with an explicit cast, checked for the column's type first so a bad value
// is a 400 that names the field, never a database error.

export type ResolvedColumn = { column: string; type: ScalarType; enumValues?: readonly string[] };

/** `field` or `field.sub` -> its column, or a 400 that says what the object does have. The body
 *  is Twenty's: `error: 'Error'`, and for order_by the code FIELD_NOT_FOUND (unknown field) or
 *  INVALID_QUERY_INPUT (a composite without its sub-field). */
export function resolveField(meta: ObjectMeta, field: string, param: 'filter' | 'order_by') {
  const resolved = resolveColumn(meta, field);
  if (resolved) return resolved;
  const [head, sub] = field.split('.');
  const known = meta.fields.find((f) => f.name === head);
  const code = (orderByCode: string) => (param === 'order_by' ? orderByCode : undefined);
  if (known?.kind === 'composite') {
    const subs = COMPOSITE_SUBFIELDS[known.type].map((s) => `${known.name}.${s.name}`).join(', ');
    const problem = sub === undefined ? 'is a composite field' : 'has no such sub-field';
    throw queryError(
      `'${param}' invalid: '${shown(field)}' ${problem} on ${meta.namePlural}. Use one of: ${subs}`,
      code(sub === undefined ? 'INVALID_QUERY_INPUT' : 'FIELD_NOT_FOUND'),
    );
  }
  if (known) {
    throw queryError(
      `'${param}' invalid: '${shown(head)}' on ${meta.namePlural} has no sub-fields`,
      code('FIELD_NOT_FOUND'),
    );
  }
  const fields = meta.fields.map((f) => f.name).join(', ');
  throw queryError(
    `'${param}' invalid: unknown field '${shown(field)}' on ${meta.namePlural}. Known fields: ${fields}`,
    code('FIELD_NOT_FOUND'),
  );
}

const CASTS: Record<ScalarType, string> = {
  uuid: 'uuid',
  text: 'text',
  datetime: 'timestamptz',
  // A wide type for both, so a huge but valid number is compared, not refused by the database.
  number: 'double precision',
  integer: 'numeric',
  boolean: 'boolean',
  enum: 'text',
  json: 'jsonb',
};

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A `?::type` placeholder for `raw`, or the reason `raw` is not a value of that type. */
export function typedParam(
  col: ResolvedColumn,
  raw: string,
): { fragment: SqlFragment } | { problem: string } {
  const param = (value: unknown) => ({
    fragment: { sql: `?::${CASTS[col.type]}`, params: [value] },
  });
  switch (col.type) {
    case 'uuid':
      return isUuid(raw)
        ? param(raw.toLowerCase())
        : { problem: `'${shown(raw)}' is not a valid UUID` };
    case 'datetime': {
      const iso = parseDateTime(raw);
      return iso === undefined
        ? {
            problem: `'${shown(raw)}' is not an ISO 8601 date or date-time (e.g. 2026-01-31T09:00:00Z)`,
          }
        : param(iso);
    }
    case 'number':
      return NUMBER_RE.test(raw) && Number.isFinite(Number(raw))
        ? param(Number(raw))
        : { problem: `'${shown(raw)}' is not a number` };
    case 'integer':
      return /^[+-]?\d+$/.test(raw) ? param(raw) : { problem: `'${shown(raw)}' is not an integer` };
    case 'boolean': {
      const lower = raw.toLowerCase();
      return lower === 'true' || lower === 'false'
        ? param(lower === 'true')
        : { problem: `'${shown(raw)}' is not a boolean (true or false)` };
    }
    case 'enum':
      return col.enumValues?.includes(raw)
        ? param(raw)
        : {
            problem: `'${shown(raw)}' is not allowed. Allowed values: ${col.enumValues?.join(', ')}`,
          };
    case 'text':
    case 'json':
      return param(raw);
  }
}

const ORDERED: readonly ScalarType[] = ['uuid', 'text', 'datetime', 'number', 'integer'];
const TEXT_ONLY: readonly Comparator[] = ['startsWith', 'like', 'ilike'];
const OPS: Partial<Record<Comparator, string>> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

export function filterToSql(node: FilterNode, meta: ObjectMeta): SqlFragment {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const parts = node.children.map((child) => filterToSql(child, meta));
      const joined = joinFragments(parts, node.kind === 'and' ? ' AND ' : ' OR ');
      return { sql: `(${joined.sql})`, params: joined.params };
    }
    case 'not': {
      // SQL's NOT keeps three-valued logic: not(status[eq]:TODO) leaves out rows whose status is NULL.
      const inner = filterToSql(node.child, meta);
      return { sql: `(NOT ${inner.sql})`, params: inner.params };
    }
    case 'atom':
      return atomToSql(node, meta);
  }
}

function atomToSql(node: Extract<FilterNode, { kind: 'atom' }>, meta: ObjectMeta): SqlFragment {
  const { field, comparator, value } = node;
  const col = resolveField(meta, field, 'filter');
  const column = ident(col.column);
  const refuse = (problem: string): never => {
    throw badRequest(`'filter' invalid for '${field}': ${problem}`);
  };
  const bind = (raw: string): SqlFragment => {
    const result = typedParam(col, raw);
    return 'problem' in result ? refuse(result.problem) : result.fragment;
  };
  const list = () => (Array.isArray(value) ? value : [value]);
  const one = () => (Array.isArray(value) ? refuse(`'${comparator}' takes one value`) : value);

  if (comparator === 'is') {
    return { sql: `${column} IS ${one() === 'NULL' ? 'NULL' : 'NOT NULL'}`, params: [] };
  }
  if (col.type === 'json') {
    if (comparator !== 'containsAny') {
      refuse(`'${field}' is an array field; use containsAny or is`);
    }
    // jsonb_exists_any is the function behind ?|, which cannot be written here: ? is our placeholder.
    const items = list().map(() => '?::text');
    return { sql: `jsonb_exists_any(${column}, ARRAY[${items.join(', ')}])`, params: list() };
  }
  if (comparator === 'containsAny')
    refuse(`containsAny is for array fields, '${field}' is ${col.type}`);
  if (TEXT_ONLY.includes(comparator) && col.type !== 'text') {
    refuse(`${comparator} works on text fields, '${field}' is ${col.type}`);
  }
  if (comparator === 'in') {
    const items = joinFragments(list().map(bind), ', ');
    return { sql: `${column} IN (${items.sql})`, params: items.params };
  }
  if (TEXT_ONLY.includes(comparator) && /(^|[^\\])(\\\\)*\\$/.test(one())) {
    refuse(
      `the ${comparator} pattern ends with the escape character \\; write \\\\ for a backslash`,
    );
  }
  switch (comparator) {
    case 'like':
      return { sql: `${column} LIKE ?::text`, params: [one()] };
    case 'ilike':
      return { sql: `${column} ILIKE ?::text`, params: [one()] };
    case 'startsWith':
      // Twenty sends the value to LIKE as it is, adding no '%'; the parser has already refused
      // a value without one (see filter.ts), so this is exactly `like`.
      return { sql: `${column} LIKE ?::text`, params: [one()] };
  }
  const op = OPS[comparator];
  if (!op) return refuse(`unsupported comparator '${comparator}'`);
  if (op !== '=' && op !== '<>' && !ORDERED.includes(col.type)) {
    refuse(`${comparator} needs an ordered field, '${field}' is ${col.type}`);
  }
  const param = bind(one());
  if (col.type === 'datetime' && (op === '=' || op === '<>')) {
    // As Twenty: a date-time matches to the millisecond, since clients only see milliseconds
    // while the database may keep microseconds.
    const range = `(${column} >= ${param.sql} AND ${column} < ${param.sql} + interval '1 millisecond')`;
    return { sql: op === '=' ? range : `NOT ${range}`, params: [...param.params, ...param.params] };
  }
  // neq follows PostgreSQL (and Twenty): `col <> v` is not true for NULL, so rows whose value is
  // NULL are not returned; or(x[neq]:v,x[is]:NULL) includes them.
  return { sql: `${column} ${op} ${param.sql}`, params: param.params };
}
