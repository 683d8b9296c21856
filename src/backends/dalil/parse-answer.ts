import type { z } from '@/lib/schema';
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

export function parseAnswer<O>(schema: z.Schema<O>, body: unknown, object: string): O {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new ResponseFormatError(object, issues);
}
