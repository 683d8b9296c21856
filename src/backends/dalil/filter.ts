// Builders for Twenty's `filter` grammar (contract section 4): `field[comparator]:value`
// atoms joined with and()/or()/not(). Strings are always quoted, so commas and colons inside
// them are data, not syntax. The grammar has no escape character (Twenty strips the outer
// quotes; the embedded parser ends a quoted value at the next same quote), so a value is
// wrapped in whichever quote it does not contain. Real Twenty still splits on a bracket inside
// quotes and on a comma inside a quoted [in] item, and the twin refuses both, so the builders
// refuse them too (a search turns brackets into wildcards before it gets here). The result is
// a plain string for URLSearchParams to encode.

declare const filterBrand: unique symbol;
export type Filter = string & { readonly [filterBrand]: true };

export type FilterValue = string | number | boolean;
type Part = Filter | null | undefined | false;

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

function field(name: string): string {
  if (!FIELD.test(name)) throw new Error(`Not a filterable field name: ${name}`);
  return name;
}

export class UnquotableValueError extends Error {
  constructor(reason = 'A filter value cannot hold both a double and a single quote.') {
    super(reason);
  }
}

export function quote(value: string): string {
  if (/[()]/.test(value)) {
    throw new UnquotableValueError('Dalil cannot filter on a value holding a bracket ( or ).');
  }
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  throw new UnquotableValueError();
}

export function formatValue(value: FilterValue): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error('A filter number must be finite.');
  }
  return String(value);
}

const atom = (name: string, comparator: string, value: string) =>
  `${field(name)}[${comparator}]:${value}` as Filter;

const compare =
  (comparator: string) =>
  (name: string, value: FilterValue): Filter =>
    atom(name, comparator, formatValue(value));

export const eq = compare('eq');
export const neq = compare('neq');
export const gt = compare('gt');
export const gte = compare('gte');
export const lt = compare('lt');
export const lte = compare('lte');
export const like = compare('like');
export const ilike = compare('ilike');
export const startsWith = compare('startsWith');

export function isIn(name: string, values: readonly FilterValue[]): Filter {
  if (values.length === 0) throw new Error('An [in] filter needs at least one value.');
  if (values.some((value) => typeof value === 'string' && value.includes(','))) {
    throw new UnquotableValueError('Dalil cannot match a list value holding a comma.');
  }
  return atom(name, 'in', `[${values.map(formatValue).join(',')}]`);
}

export function isNull(name: string): Filter {
  return atom(name, 'is', 'NULL');
}

export function isNotNull(name: string): Filter {
  return atom(name, 'is', 'NOT_NULL');
}

function group(kind: 'and' | 'or', parts: Part[]): Filter | undefined {
  const present = parts.filter((p): p is Filter => typeof p === 'string' && p !== '');
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return `${kind}(${present.join(',')})` as Filter;
}

/** All of the parts; missing parts are skipped, so optional conditions compose simply. */
export const and = (...parts: Part[]) => group('and', parts);
export const or = (...parts: Part[]) => group('or', parts);
export const not = (part: Filter) => `not(${part})` as Filter;

/**
 * Makes user text literal inside a like/ilike pattern: `%` and `_` are wildcards and `\`
 * is PostgreSQL's default escape character, so each is preceded by a backslash.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Case-insensitive "contains" on user text, wildcards in the text taken literally. Text with
 * both kinds of quote cannot be quoted, so there its double quotes match any one character.
 * Real Twenty counts every bracket, even inside quotes, and refuses `(` or `)` in a value, so
 * those match any one character too: "a (b)" finds "a (b)", and at worst also "a xbx".
 */
export function contains(name: string, text: string): Filter {
  let pattern = escapeLike(text).replace(/[()]/g, '_');
  if (pattern.includes('"') && pattern.includes("'")) pattern = pattern.replaceAll('"', '_');
  return ilike(name, `%${pattern}%`);
}
