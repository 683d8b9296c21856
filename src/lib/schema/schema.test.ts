import { describe, expect, it } from 'vitest';
import { z as zod } from 'zod/mini';
import { z } from '@/lib/schema';

const issuesOf = (schema: z.Schema, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('schemas', () => {
  it('accepts valid input and gives its value', () => {
    const task = z.object({
      id: z.string().check(z.minLength(1)),
      done: z.boolean(),
      order: z.int().check(z.nonnegative()),
      status: z.enum(['TODO', 'DONE']),
      tags: z.array(z.string()),
    });
    const value = { id: 't1', done: false, order: 2, status: 'TODO', tags: ['a'] };
    expect(task.parse(value)).toEqual(value);
    expect(task.safeParse(value)).toEqual({ success: true, data: value });
  });

  it('names every rejected field by its path, with a message in words', () => {
    const list = z.object({
      data: z.array(z.object({ id: z.string().check(z.minLength(1)), status: z.enum(['A', 'B']) })),
    });
    expect(
      issuesOf(list, {
        data: [
          { id: 'x', status: 'A' },
          { id: '', status: 'C' },
        ],
      }),
    ).toEqual([
      { path: ['data', 1, 'id'], message: 'expected a non-empty string' },
      { path: ['data', 1, 'status'], message: 'expected one of A, B' },
    ]);
    expect(issuesOf(list, { data: {} })).toEqual([{ path: ['data'], message: 'expected array' }]);
    expect(issuesOf(list, [])).toEqual([{ path: [], message: 'expected object' }]);
    expect(() => list.parse(null)).toThrow(z.SchemaError);
    expect(() => list.parse(null)).toThrow('(root): expected object');
  });

  it('rejects the wrong type, out-of-range numbers and failed checks', () => {
    expect(issuesOf(z.number(), Number.NaN)).toHaveLength(1);
    expect(issuesOf(z.number(), Infinity)).toHaveLength(1);
    expect(issuesOf(z.number(), '1')).toHaveLength(1);
    expect(issuesOf(z.int(), 1.5)).toHaveLength(1);
    expect(issuesOf(z.int(), 2 ** 53)).toHaveLength(1);
    expect(issuesOf(z.int().check(z.nonnegative()), -1)).toHaveLength(1);
    expect(issuesOf(z.literal(1), '1')).toEqual([{ path: [], message: 'expected one of 1' }]);
    expect(issuesOf(z.string().check(z.regex(/^\d+$/)), '1a')).toEqual([
      { path: [], message: 'not in the expected form' },
    ]);
    // Checks run only on a value of the right type.
    expect(issuesOf(z.string().check(z.minLength(1)), 5)).toEqual([
      { path: [], message: 'expected string' },
    ]);
  });

  it('counts a string length in code points, an array in items', () => {
    const short = z.string().check(z.maxLength(2));
    expect(short.safeParse('😀😀').success).toBe(true);
    expect(issuesOf(short, 'abc')).toEqual([
      { path: [], message: 'expected at most 2 characters' },
    ]);
    expect(issuesOf(z.array(z.unknown()).check(z.maxLength(1)), [1, 2])).toEqual([
      { path: [], message: 'expected at most 1 items' },
    ]);
  });

  it('drops unknown keys from an object, keeps them in a loose object and an extended one', () => {
    const person = z.object({ id: z.string() });
    expect(person.parse({ id: 'p1', secret: 'k' })).toEqual({ id: 'p1' });
    const loose = z.looseObject({ id: z.string() });
    expect(loose.parse({ id: 'p1', extra: 1 })).toEqual({ id: 'p1', extra: 1 });
    const withName = z.extend(person, { name: z.string() });
    expect(withName.parse({ id: 'p1', name: 'Ada', secret: 'k' })).toEqual({
      id: 'p1',
      name: 'Ada',
    });
    expect(z.extend(loose, { name: z.string() }).parse({ id: 'p', name: 'n', x: 1 })).toEqual({
      id: 'p',
      name: 'n',
      x: 1,
    });
    expect(issuesOf(withName, { id: 'p1' })).toEqual([
      { path: ['name'], message: 'expected string' },
    ]);
  });

  it('lets optional and nullish keys be left out, a nullable one only be null', () => {
    const shape = z.object({
      a: z.nullish(z.string()),
      b: z.optional(z.number()),
      c: z.nullable(z.string()),
      d: z.unknown(),
    });
    expect(shape.parse({ a: null, c: null, d: 0 })).toEqual({ a: null, c: null, d: 0 });
    expect(shape.parse({ c: 'x', d: undefined })).toEqual({ c: 'x', d: undefined });
    expect(issuesOf(shape, { a: 1, b: null, d: 0 })).toEqual([
      { path: ['a'], message: 'expected string' },
      { path: ['b'], message: 'expected number' },
      { path: ['c'], message: 'expected string' },
    ]);
    expect(issuesOf(shape, { c: null })).toEqual([{ path: ['d'], message: 'expected a value' }]);
  });

  it('takes the first union option that accepts, and says why none did', () => {
    const id = z.union([z.string().check(z.minLength(1)), z.pipe(z.number(), z.transform(String))]);
    expect(id.parse('a')).toBe('a');
    expect(id.parse(7)).toBe('7');
    expect(issuesOf(id, true)).toEqual([
      { path: [], message: 'matches none of the accepted forms' },
    ]);
    // The one option the input had the type of explains the rejection best.
    expect(issuesOf(id, '')).toEqual([{ path: [], message: 'expected a non-empty string' }]);
  });

  it('reads a discriminated union by its options', () => {
    const cursor = z.discriminatedUnion('s', [
      z.object({ s: z.literal('dated'), id: z.string() }),
      z.object({ s: z.literal('server'), after: z.nullable(z.string()) }),
    ]);
    expect(cursor.parse({ s: 'server', after: null, x: 1 })).toEqual({ s: 'server', after: null });
    expect(cursor.safeParse({ s: 'server', id: 'x' }).success).toBe(false);
    expect(cursor.safeParse({ s: 'other', id: 'x' }).success).toBe(false);
  });

  it('transforms only what the start of the pipe accepted', () => {
    const micros = z.pipe(z.string().check(z.regex(/^-?\d+$/)), z.transform(Number));
    expect(micros.parse('-25')).toBe(-25);
    expect(micros.safeParse('2.5e3').success).toBe(false);
    expect(micros.safeParse(25).success).toBe(false);
  });
});

describe('schemas against zod/mini', () => {
  // The start path's schemas were zod/mini's: what zod rejected must still be rejected.
  const str = z.nullish(z.string());
  const zstr = zod.nullish(zod.string());
  const ours = z.object({
    id: z.union([z.string().check(z.minLength(1)), z.pipe(z.number(), z.transform(String))]),
    name: str,
    kind: z.nullish(z.enum(['a', 'b'])),
    tags: z.nullish(z.array(z.string().check(z.maxLength(3)))),
    total: z.nullish(z.int().check(z.nonnegative())),
    owner: z.nullable(z.object({ id: z.string() })),
  });
  const theirs = zod.object({
    id: zod.union([
      zod.string().check(zod.minLength(1)),
      zod.pipe(zod.number(), zod.transform(String)),
    ]),
    name: zstr,
    kind: zod.nullish(zod.enum(['a', 'b'])),
    tags: zod.nullish(zod.array(zod.string().check(zod.maxLength(3)))),
    total: zod.nullish(zod.int().check(zod.nonnegative())),
    owner: zod.nullable(zod.object({ id: zod.string() })),
  });
  const valid = { id: 'x', owner: null };
  it.each([
    valid,
    { ...valid, id: 3 },
    { ...valid, id: '' },
    { ...valid, id: null },
    { owner: null },
    { id: 'x' },
    { ...valid, name: undefined, kind: null, tags: null, total: null },
    { ...valid, name: 5 },
    { ...valid, kind: 'c' },
    { ...valid, tags: ['abc', 'abcd'] },
    { ...valid, tags: ['😀😀😀'] },
    { ...valid, tags: 'abc' },
    { ...valid, total: -1 },
    { ...valid, total: 1.5 },
    { ...valid, total: 2 ** 53 },
    { ...valid, owner: {} },
    { ...valid, owner: { id: 'o', more: 1 } },
    { ...valid, extra: { deep: true } },
    [],
    null,
    'x',
  ])('agrees with zod on %j', (input) => {
    const expected = theirs.safeParse(input);
    const actual = ours.safeParse(input);
    expect(actual.success).toBe(expected.success);
    if (expected.success) expect(actual.data).toEqual(expected.data);
    else
      expect(actual.error?.issues.map((i) => i.path)).toEqual(
        expected.error.issues.map((i) => i.path),
      );
  });
});
