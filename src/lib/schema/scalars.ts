import { addIssue, define, type Schema } from './schema';

// Scalars are checked as zod checks them: numbers are finite, integers safe, and a literal or an
// enum is matched by ===.

const typed = <O>(expected: string, test: (input: unknown) => boolean): Schema<O> =>
  define((input, path, issues) => {
    if (!test(input)) addIssue(issues, path, 'invalid_type', `expected ${expected}`);
    return input as O;
  });

export const string = () => typed<string>('string', (input) => typeof input === 'string');
export const number = () => typed<number>('number', Number.isFinite);
export const int = () => typed<number>('integer', Number.isSafeInteger);
export const boolean = () => typed<boolean>('boolean', (input) => typeof input === 'boolean');
export const unknown = () => define<unknown>((input) => input);

type Primitive = string | number | boolean | null;

export const enumOf = <const T extends readonly Primitive[]>(values: T): Schema<T[number]> =>
  define((input, path, issues) => {
    if (!values.includes(input as Primitive)) {
      addIssue(issues, path, 'invalid_value', `expected one of ${values.map(String).join(', ')}`);
    }
    return input as T[number];
  });

export const literal = <const T extends Primitive>(value: T): Schema<T> => enumOf([value]);
