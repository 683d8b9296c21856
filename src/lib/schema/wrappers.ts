import { define, type output, type Schema } from './schema';

// Wrappers that let an empty value through, and a pipe into a transform. An optional or nullish
// schema may also be left out of an object; a nullable one may not (as in zod).

type Optional<O> = Schema<O> & { readonly opt: true };

const passing = <O>(inner: Schema<unknown>, empty: (input: unknown) => boolean, opt?: true) =>
  define<O>(
    (input, path, issues) => (empty(input) ? input : inner.run(input, path, issues)) as O,
    opt,
  );

export const optional = <T extends Schema<unknown>>(inner: T) =>
  passing(inner, (input) => input === undefined, true) as Optional<output<T> | undefined>;
export const nullable = <T extends Schema<unknown>>(inner: T) =>
  passing<output<T> | null>(inner, (input) => input === null);
export const nullish = <T extends Schema<unknown>>(inner: T) =>
  passing(inner, (input) => input == null, true) as Optional<output<T> | null | undefined>;

/** `from`'s value into `to`, which runs only if `from` accepted the input. */
export const pipe = <A, T extends Schema<unknown>>(from: Schema<A>, to: T): Schema<output<T>> =>
  define((input, path, issues) => {
    const before = issues.length;
    const value = from.run(input, path, issues);
    return (issues.length > before ? value : to.run(value, path, issues)) as output<T>;
  });

/** Accepts anything: meant as the end of a pipe whose start has checked the input's type. */
export const transform = <I, O>(change: (input: I) => O): Schema<O> =>
  define((input) => change(input as I));
