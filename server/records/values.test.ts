import { HttpError } from '../errors.ts';
import { columnValue, parseDateTime } from './values.ts';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError && error.statusCode === 400) return error.messages[0]!;
    throw error;
  }
  throw new Error('expected a 400');
};

describe('parseDateTime', () => {
  it.each([
    ['2024-03-15T09:00:00.000Z', '2024-03-15T09:00:00.000Z'],
    ['2024-03-15T09:00:00Z', '2024-03-15T09:00:00.000Z'],
    ['2024-03-15T10:30:00+01:30', '2024-03-15T09:00:00.000Z'],
    ['2024-03-15T09:00', '2024-03-15T09:00:00.000Z'],
    ['2024-03-15 09:00:00Z', '2024-03-15T09:00:00.000Z'],
    ['2024-03-15', '2024-03-15T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as %s (no offset means UTC)', (input, iso) => {
    expect(parseDateTime(input)).toBe(iso);
  });

  it.each([
    'tomorrow',
    '2023-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-01-01T24:00:00Z',
    '2024-01-01T10:60Z',
    '0000-01-01',
    '15/03/2024',
    '',
  ])('refuses %j', (input) => {
    expect(parseDateTime(input)).toBeUndefined();
  });
});

describe('columnValue', () => {
  it('keeps valid values in column form', () => {
    expect(columnValue('id', 'uuid', 'AAAAAAAA-0000-4000-8000-000000000001')).toBe(
      'aaaaaaaa-0000-4000-8000-000000000001',
    );
    expect(columnValue('n', 'integer', -5)).toBe(-5);
    expect(columnValue('x', 'number', 0.5)).toBe(0.5);
    expect(columnValue('b', 'boolean', false)).toBe(false);
    expect(columnValue('s', 'enum', 'DONE', ['TODO', 'DONE'])).toBe('DONE');
    expect(columnValue('a', 'json', ['x', { y: 1 }])).toBe('["x",{"y":1}]');
  });

  it.each([
    ['uuid', 'nope', "'nope' is not a valid UUID"],
    ['uuid', 7, 'expected a UUID string, got 7'],
    ['integer', 2 ** 31, 'expected an integer'],
    ['integer', '3', 'expected an integer, got 3'],
    ['number', Number.NaN, 'expected a number'],
    ['boolean', 'true', 'expected a boolean'],
    ['text', 'a\u0000b', 'NUL character'],
    ['json', ['a\u0000'], 'NUL character'],
    ['json', { a: 1 }, 'expected an array'],
  ] as const)('refuses a %s of %j', (type, value, message) => {
    expect(refusal(() => columnValue('field', type, value))).toContain(message);
  });

  it('names the field and lists the allowed enum values', () => {
    expect(refusal(() => columnValue('status', 'enum', 'OPEN', ['TODO', 'DONE']))).toBe(
      "Invalid value for 'status': OPEN is not allowed. Allowed values: TODO, DONE",
    );
  });

  it('shortens a huge value in the message', () => {
    expect(
      refusal(() => columnValue('title', 'text', 'x'.repeat(10_000).split(''))).length,
    ).toBeLessThan(200);
  });
});
