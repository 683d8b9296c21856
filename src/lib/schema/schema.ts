// The core of the app's small runtime schemas (see index.ts for why they are not zod's): a
// schema is a function that reads an input and adds what it rejects to a list of issues.

export type IssueCode =
  'invalid_type' | 'invalid_value' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_union';

/** One rejected part of an input: where (keys and indexes from the root) and why, in words. */
export type Issue = { code: IssueCode; path: PropertyKey[]; message: string };

/** What a check finds wrong with a value of the right type, or nothing. */
export type Check<T> = (value: T) => [IssueCode, string] | undefined;

/** Reads `input`, at `path` in the whole, adding any issue to `issues`: the value counts only if none were added. */
export type Run<O> = (input: unknown, path: PropertyKey[], issues: Issue[]) => O;

export type SafeParseResult<O> =
  | { success: true; data: O; error?: undefined }
  | { success: false; data?: undefined; error: SchemaError };

export interface Schema<O = unknown> {
  readonly run: Run<O>;
  /** Set by optional and nullish: an object may leave this key out (without it, a key must be there). */
  readonly opt?: boolean;
  /** The same schema, whose values must also pass every check (run only on a value of the right type). */
  check(...checks: Check<O>[]): Schema<O>;
  safeParse(input: unknown): SafeParseResult<O>;
  /** The value, or throws a SchemaError. */
  parse(input: unknown): O;
}

export type output<T> = T extends { run: Run<infer O> } ? O : never;

export class SchemaError extends Error {
  constructor(readonly issues: Issue[]) {
    super(
      issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '),
    );
    this.name = 'SchemaError';
  }
}

export function addIssue(issues: Issue[], path: PropertyKey[], code: IssueCode, message: string) {
  issues.push({ code, path, message });
}

export function define<O>(run: Run<O>, opt?: boolean): Schema<O> {
  const schema: Schema<O> = {
    run,
    opt,
    check: (...checks) =>
      define((input, path, issues) => {
        const before = issues.length;
        const value = run(input, path, issues);
        if (issues.length > before) return value;
        for (const check of checks) {
          const found = check(value);
          if (found) addIssue(issues, path, ...found);
        }
        return value;
      }, opt),
    safeParse(input) {
      const issues: Issue[] = [];
      const data = run(input, [], issues);
      return issues.length
        ? { success: false, error: new SchemaError(issues) }
        : { success: true, data };
    },
    parse(input) {
      const result = schema.safeParse(input);
      if (result.success) return result.data;
      throw result.error;
    },
  };
  return schema;
}
