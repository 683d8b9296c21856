import { addIssue, define, type Issue, type output, type Schema } from './schema';

// The first option that accepts the input gives the value. When all reject it, and exactly one
// of them got as far as its checks (the input had its type, say an empty string for a non-empty
// one), that option's issues are the clearer answer, as zod gives them.

const isCheckIssue = (issue: Issue) =>
  issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_format';

export const union = <const T extends readonly Schema<unknown>[]>(options: T) =>
  define<output<T[number]>>((input, path, issues) => {
    const rejections: Issue[][] = [];
    for (const option of options) {
      const found: Issue[] = [];
      const value = option.run(input, path, found);
      if (found.length === 0) return value as output<T[number]>;
      rejections.push(found);
    }
    const typed = rejections.filter((found) => found.every(isCheckIssue));
    if (typed.length === 1) issues.push(...typed[0]!);
    else addIssue(issues, path, 'invalid_union', 'matches none of the accepted forms');
    return input as output<T[number]>;
  });

/**
 * Options told apart by the literal at `key`. They accept exactly what their union accepts (no
 * two options share a literal), so the union reads them; the key is kept for zod's call syntax.
 */
export const discriminatedUnion = <const T extends readonly Schema<unknown>[]>(
  _key: string,
  options: T,
) => union(options);
