import { addIssue, define, type Issue, type output, type Schema } from './schema';

// Objects as zod reads them: `object` keeps only its own keys (what a server adds, secrets
// included, never reaches the app), `looseObject` keeps the others too. A key must be present
// unless its schema is optional or nullish.

export type Shape = Record<string, Schema<unknown>>;

type Flat<T> = { [K in keyof T]: T[K] } & {};
type Optional = { readonly opt: true };
// A shape with a computed key (`{[plural]: ...}`) has an index signature, whose values stay required.
type OptionalKey<S extends Shape, K extends keyof S> = string extends K
  ? false
  : S[K] extends Optional
    ? true
    : false;
export type ShapeOutput<S extends Shape> = Flat<
  { [K in keyof S as OptionalKey<S, K> extends true ? K : never]?: output<S[K]> } & {
    [K in keyof S as OptionalKey<S, K> extends true ? never : K]: output<S[K]>;
  }
>;

export interface ObjectSchema<S extends Shape, Loose extends boolean> extends Schema<
  Loose extends true ? ShapeOutput<S> & Record<string, unknown> : ShapeOutput<S>
> {
  readonly shape: S;
  readonly loose: Loose;
}

export const isObject = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

function objectOf<S extends Shape, Loose extends boolean>(shape: S, loose: Loose) {
  const run = (input: unknown, path: PropertyKey[], issues: Issue[]) => {
    if (!isObject(input)) {
      addIssue(issues, path, 'invalid_type', 'expected object');
      return input;
    }
    const out: Record<string, unknown> = loose ? { ...input } : {};
    for (const [key, schema] of Object.entries(shape)) {
      const present = key in input;
      if (!present && schema.opt) continue;
      const before = issues.length;
      const value = schema.run(input[key], [...path, key], issues);
      if (present) out[key] = value;
      else if (issues.length === before)
        addIssue(issues, [...path, key], 'invalid_type', 'expected a value');
    }
    return out;
  };
  return Object.assign(define(run), { shape, loose }) as unknown as ObjectSchema<S, Loose>;
}

export const object = <S extends Shape>(shape: S) => objectOf(shape, false);
export const looseObject = <S extends Shape>(shape: S) => objectOf(shape, true);

/** `base` with more keys (or other schemas for its keys), as loose as `base`. */
export const extend = <S extends Shape, Loose extends boolean, E extends Shape>(
  base: ObjectSchema<S, Loose>,
  shape: E,
) => objectOf({ ...base.shape, ...shape } as Flat<Omit<S, keyof E> & E>, base.loose);
