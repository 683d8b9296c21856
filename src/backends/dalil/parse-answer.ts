import type { z } from 'zod/mini';
import { ResponseFormatError } from '@/backends/api-error';

// A body that does not match its schema becomes one clear error naming the object and the
// fields, e.g. "The server's answer for tasks had an unexpected format: data.tasks[3].status:
// expected one of TODO, IN_PROGRESS, DONE".

const MAX_ISSUES = 3;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(the whole answer)';
}

/**
 * zod/mini leaves out zod's English messages (they weigh more than the schemas), so the few
 * shapes a wire schema can reject are worded here.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'expected a non-empty string' : `too small`;
    case 'invalid_format':
      return `not in the expected ${issue.format === 'regex' ? 'form' : issue.format} format`;
    case 'invalid_union':
      return 'matches none of the accepted forms';
    default:
      return 'invalid value';
  }
}

export function parseAnswer<T extends z.ZodMiniType>(
  schema: T,
  body: unknown,
  object: string,
): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`);
  throw new ResponseFormatError(object, issues);
}
