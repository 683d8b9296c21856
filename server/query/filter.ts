import { badRequest, unsupported } from '../errors.ts';
import { shown } from '../records/values.ts';
import { describeLocation, describeSpan } from './filter-location.ts';
import type { Comparator, FilterNode } from './types.ts';

// Twenty's REST filter grammar (contract section 4), parsed by hand so every error can say
// what went wrong and where:
//   filter := list                      (a bare top-level comma list is AND)
//   list   := expr (',' expr)*
//   expr   := ('and' | 'or' | 'not') '(' list ')' | atom
//   atom   := field ('.' sub)? '[' comparator ']' ':' value
//   value  := '[' item (',' item)* ']' | "quoted" | 'quoted' | unquoted
// Where Twenty's own parser quietly answers wrong rows (startsWith without '%', lower-case
// is:null, a comma in a quoted list item) or refuses by accident (a bracket inside quotes), this
// one refuses with a 400 that says Dalil does not support it, so no client comes to rely on it.

export const COMPARATORS: readonly Comparator[] = [
  'eq',
  'neq',
  'in',
  'containsAny',
  'is',
  'gt',
  'gte',
  'lt',
  'lte',
  'startsWith',
  'like',
  'ilike',
];
const LIST_COMPARATORS: readonly Comparator[] = ['in', 'containsAny'];
export const MAX_FILTER_LENGTH = 10_000;
export const MAX_FILTER_DEPTH = 32;

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const isComparator = (s: string): s is Comparator => (COMPARATORS as readonly string[]).includes(s);

export function parseFilter(input: string): FilterNode {
  if (input.length > MAX_FILTER_LENGTH) {
    throw badRequest(
      `'filter' invalid: it is ${input.length} characters long; the limit is ${MAX_FILTER_LENGTH}`,
    );
  }
  if (input.trim() === '') throw badRequest(`'filter' invalid: it is empty`);
  const parser = new Parser(input);
  const items = parser.list(0);
  parser.skipSpace();
  if (!parser.atEnd()) {
    const c = parser.peek();
    parser.fail(c === ')' ? `unbalanced parentheses: unexpected ')'` : `unexpected '${c}'`);
  }
  return items.length === 1 ? items[0]! : { kind: 'and', children: items };
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  atEnd = () => this.pos >= this.src.length;
  peek = () => this.src[this.pos] ?? '';
  skipSpace() {
    while (/\s/.test(this.peek()) && !this.atEnd()) this.pos++;
  }

  /** Throws a 400 that quotes the condition around `at` and gives a 1-based position. */
  fail(problem: string, at = this.pos, hint = ''): never {
    const where = describeLocation(this.src, at);
    throw badRequest(`'filter' invalid: ${problem} ${where}${hint ? `. ${hint}` : ''}`);
  }

  private refuse(what: string, at: number, hint: string): never {
    throw unsupported(`${what} ${describeLocation(this.src, at)}. ${hint}`);
  }

  private failGroup(problem: string, start: number): never {
    throw badRequest(`'filter' invalid: ${problem} ${describeSpan(this.src, start, this.pos)}`);
  }

  list(depth: number): FilterNode[] {
    const items: FilterNode[] = [this.expr(depth)];
    this.skipSpace();
    while (this.peek() === ',') {
      this.pos++;
      items.push(this.expr(depth));
      this.skipSpace();
    }
    return items;
  }

  private expr(depth: number): FilterNode {
    this.skipSpace();
    if (this.atEnd() || this.peek() === ',' || this.peek() === ')') {
      this.fail('a condition is missing (empty item in a comma list)');
    }
    const start = this.pos;
    const name = this.name();
    this.skipSpace();
    if ((name === 'and' || name === 'or' || name === 'not') && this.peek() === '(') {
      return this.group(name, start, depth + 1);
    }
    return this.atom(name, start);
  }

  private group(kind: 'and' | 'or' | 'not', start: number, depth: number): FilterNode {
    if (depth > MAX_FILTER_DEPTH) {
      this.fail(`groups are nested more than ${MAX_FILTER_DEPTH} levels deep`, start);
    }
    this.pos++; // '('
    this.skipSpace();
    if (this.peek() === ')') {
      this.pos++;
      this.failGroup(`${kind}() needs at least one condition`, start);
    }
    const children = this.list(depth);
    this.skipSpace();
    if (this.peek() !== ')') {
      this.fail(`unbalanced parentheses: ${kind}( opened at position ${start + 1} is never closed`);
    }
    this.pos++;
    if (kind !== 'not') return { kind, children };
    if (children.length !== 1) {
      this.failGroup(`not() takes exactly one condition, got ${children.length}`, start);
    }
    return { kind: 'not', child: children[0]! };
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) {
      const c = this.peek();
      this.fail(c === '(' ? `unexpected '('` : `expected a field name or and/or/not, got '${c}'`);
    }
    this.pos += m[0].length;
    return m[0];
  }

  private atom(head: string, start: number): FilterNode {
    let field = head;
    if (this.peek() === '.') {
      this.pos++;
      field += `.${this.name()}`;
    }
    this.skipSpace();
    if (this.peek() !== '[') this.fail(`missing '[comparator]' after field '${shown(field)}'`);
    const close = this.src.indexOf(']', this.pos);
    if (close < 0) this.fail(`missing ']' after '[' of field '${shown(field)}'`);
    const comparator = this.src.slice(this.pos + 1, close).trim();
    if (!isComparator(comparator)) {
      this.fail(
        `unknown comparator '${shown(comparator)}'`,
        this.pos + 1,
        `Allowed: ${COMPARATORS.join(', ')}`,
      );
    }
    this.pos = close + 1;
    this.skipSpace();
    if (this.peek() !== ':') this.fail(`missing ':' after '${shown(field)}[${comparator}]'`);
    this.pos++;
    this.skipSpace();
    const isList = this.peek() === '[';
    const wantsList = LIST_COMPARATORS.includes(comparator);
    if (wantsList && !isList) {
      this.fail(
        `'${comparator}' needs a list in square brackets, e.g. ${shown(field)}[${comparator}]:[a,b]`,
      );
    }
    if (!wantsList && isList) {
      this.fail(`'${comparator}' takes one value, not a list (lists are for in and containsAny)`);
    }
    if (isList) return { kind: 'atom', field, comparator, value: this.listValue(), quoted: false };
    const { value, quoted } = this.scalar([',', ')']);
    if (comparator === 'is') {
      if (value === 'NULL' || value === 'NOT_NULL') {
        return { kind: 'atom', field, comparator, value, quoted };
      }
      const upper = value.toUpperCase();
      if (upper === 'NULL' || upper === 'NOT_NULL') {
        this.refuse(
          `'is:${shown(value)}' in lower case`,
          start,
          `Twenty reads anything but the exact NULL as NOT NULL; send ${upper}`,
        );
      }
      this.fail(`'is' takes NULL or NOT_NULL, got '${shown(value)}'`, start);
    }
    if (comparator === 'startsWith' && !value.includes('%')) {
      this.refuse(
        `startsWith without '%'`,
        start,
        `Twenty passes the value to LIKE unchanged, so startsWith:"abc" finds nothing; send ${shown(field)}[like]:"${shown(value)}%"`,
      );
    }
    return { kind: 'atom', field, comparator, value, quoted };
  }

  private listValue(): string[] {
    const open = this.pos++;
    const items: string[] = [];
    this.skipSpace();
    if (this.peek() === ']') this.fail(`the list is empty; give at least one value`, open);
    for (;;) {
      const at = this.pos;
      const item = this.scalar([',', ']']);
      if (item.quoted && item.value.includes(',')) {
        this.refuse(
          `a comma inside a quoted list item`,
          at,
          `Twenty splits list items on every comma, even in quotes, and finds nothing`,
        );
      }
      items.push(item.value);
      this.skipSpace();
      const c = this.peek();
      if (c === ']') break;
      if (c !== ',') this.fail(`the list opened at position ${open + 1} is not closed with ']'`);
      this.pos++;
    }
    this.pos++;
    return items;
  }

  /** One value, quoted or not, ending before one of `stops` (or the end of input). */
  private scalar(stops: string[]): { value: string; quoted: boolean } {
    this.skipSpace();
    const q = this.peek();
    if (q === '"' || q === "'") {
      const end = this.src.indexOf(q, this.pos + 1);
      if (end < 0) this.fail(`unterminated quote: ${q} opened here is never closed`);
      const value = this.src.slice(this.pos + 1, end);
      if (/[()]/.test(value)) {
        this.refuse(
          `a bracket '(' or ')' inside a quoted value`,
          this.pos,
          `Twenty counts every bracket, quoted or not, and refuses the filter; match such text with like and '_' in place of the bracket`,
        );
      }
      this.pos = end + 1;
      this.skipSpace();
      if (!this.atEnd() && !stops.includes(this.peek())) {
        this.fail(`unexpected '${this.peek()}' after a quoted value`);
      }
      return { value, quoted: true };
    }
    const start = this.pos;
    while (!this.atEnd() && !stops.includes(this.peek())) {
      const c = this.peek();
      if ('()[]'.includes(c)) {
        this.fail(`a value containing '${c}' must be wrapped in "double" or 'single' quotes`);
      }
      this.pos++;
    }
    const value = this.src.slice(start, this.pos).trim();
    if (value === '') this.fail('empty value (quote it, "", to match an empty string)');
    return { value, quoted: false };
  }
}
