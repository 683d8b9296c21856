import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../../server/query/filter.ts';
import type { FilterNode } from '../../../server/query/types.ts';
import {
  and,
  contains,
  eq,
  escapeLike,
  gte,
  isIn,
  isNotNull,
  isNull,
  not,
  or,
  quote,
  UnquotableValueError,
} from './filter';
import { listParams, orderBy } from './params';

// The builders must say exactly what the user typed, whatever it holds, to the server's
// grammar (the embedded parser is the reference) and survive URL encoding.

const TRICKY = [
  'plain',
  'a,b',
  'Smith, Jones & Co',
  'say "hi"',
  "O'Brien",
  '10:30 call',
  '[v2] draft',
  '100% done',
  'snake_case',
  'back\\slash',
  '  spaced  ',
  'Zoë Ærø — 東京 🚀',
  'a&b=c#d?e+f/g',
];

/** What the server sees: encode as a query string, decode, parse. */
function serverSees(filter: string): FilterNode {
  const wire = listParams({ depth: 0, filter: filter as never }).toString();
  const received = new URLSearchParams(wire).get('filter');
  expect(received).toBe(filter);
  return parseFilter(received!);
}

describe('filter builders', () => {
  it.each(TRICKY)('round-trips %j through URL encoding and the server parser', (value) => {
    expect(serverSees(eq('title', value))).toEqual({
      kind: 'atom',
      field: 'title',
      comparator: 'eq',
      value,
      quoted: true,
    });
  });

  it('quotes with whichever quote the value does not contain', () => {
    expect(quote('a')).toBe('"a"');
    expect(quote('say "hi"')).toBe(`'say "hi"'`);
    expect(quote("O'Brien")).toBe(`"O'Brien"`);
    expect(() => quote(`it's "x"`)).toThrow(UnquotableValueError);
  });

  it('builds atoms with numbers and booleans unquoted, NULL checks and lists', () => {
    expect(eq('employees', 50)).toBe('employees[eq]:50');
    expect(eq('idealCustomerProfile', true)).toBe('idealCustomerProfile[eq]:true');
    expect(isNull('dueAt')).toBe('dueAt[is]:NULL');
    expect(isNotNull('dueAt')).toBe('dueAt[is]:NOT_NULL');
    expect(isIn('id', ['a', 'b'])).toBe('id[in]:["a","b"]');
    expect(gte('dueAt', '2026-01-01T00:00:00.000Z')).toBe('dueAt[gte]:"2026-01-01T00:00:00.000Z"');
  });

  it('keeps list values with square brackets and quotes intact', () => {
    expect(serverSees(isIn('name', ['[x]', "O'Brien"]))).toMatchObject({
      comparator: 'in',
      value: ['[x]', "O'Brien"],
    });
  });

  // Real Twenty splits on these even inside quotes; the twin refuses them with a 400.
  it('refuses a bracket in a value and a comma in a list item, with a clear error', () => {
    expect(() => eq('title', '(draft)')).toThrow(/bracket/);
    expect(() => isIn('name', ['a,b'])).toThrow(/comma/);
    expect(() => parseFilter('title[eq]:"(draft)"')).toThrow();
  });

  it('nests and(), or() and not(), skipping absent parts', () => {
    const f = and(
      eq('status', 'TODO'),
      undefined,
      or(isNull('assigneeId'), eq('assigneeId', 'm1')),
      false,
    );
    expect(f).toBe('and(status[eq]:"TODO",or(assigneeId[is]:NULL,assigneeId[eq]:"m1"))');
    expect(serverSees(not(f!))).toMatchObject({ kind: 'not', child: { kind: 'and' } });
    expect(and(eq('a', 1))).toBe('a[eq]:1');
    expect(and(undefined, false)).toBeUndefined();
  });

  it('refuses field names that would break the grammar and empty lists', () => {
    expect(() => eq('title]:x', 'y')).toThrow(/field name/);
    expect(() => isIn('id', [])).toThrow(/at least one/);
  });

  it('makes % _ and \\ literal in a contains search', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    const node = serverSees(contains('name.firstName', '50% off, really'));
    expect(node).toMatchObject({
      field: 'name.firstName',
      comparator: 'ilike',
      value: '%50\\% off, really%',
    });
  });

  it('never sends a bracket inside a value, which real Twenty refuses: it matches any character', () => {
    const filter = contains('title', 'call (urgent)');
    expect(filter).not.toMatch(/"[^"]*[()][^"]*"/);
    expect(serverSees(filter)).toMatchObject({ comparator: 'ilike', value: '%call _urgent_%' });
  });

  it('still builds a search for text holding both kinds of quote', () => {
    const node = serverSees(contains('title', `it's "fine"`));
    expect(node).toMatchObject({ comparator: 'ilike', value: `%it's _fine_%` });
  });
});

describe('params', () => {
  it('writes order_by, depth, limit (at most 60) and the cursor', () => {
    const p = listParams({
      depth: 1,
      orderBy: [
        ['dueAt', 'AscNullsLast'],
        ['createdAt', 'DescNullsLast'],
      ],
      limit: 500,
      startingAfter: 'eyJpZCI6IjEifQ==',
    });
    expect(p.get('depth')).toBe('1');
    expect(p.get('limit')).toBe('60');
    expect(p.get('order_by')).toBe('dueAt[AscNullsLast],createdAt[DescNullsLast]');
    expect(p.get('starting_after')).toBe('eyJpZCI6IjEifQ==');
    expect(p.toString()).toContain('starting_after=eyJpZCI6IjEifQ%3D%3D');
    expect(orderBy([['name.firstName', 'AscNullsFirst']])).toBe('name.firstName[AscNullsFirst]');
  });
});
