import { z } from '@/lib/schema';

// The port's opaque cursor for task lists. A column sorted by due date is read as two streams
// (see task-pages.ts), so the cursor says which stream comes next and where in it:
//  - dated:   after the task (dueAt, id), asked for with a filter, never a server cursor, since
//             real Twenty cannot follow a cursor over a nullable sort key;
//  - server:  a stream sorted by a non-null key (createdAt), continued with pageInfo's
//             endCursor (null: the stream's first page).

const nonEmpty = z.string().check(z.minLength(1));

const tokenSchema = z.discriminatedUnion('s', [
  z.object({ s: z.literal('dated'), dueAt: nonEmpty, id: nonEmpty }),
  z.object({ s: z.literal('server'), after: z.nullable(nonEmpty) }),
]);

export type TaskCursor = z.infer<typeof tokenSchema>;

const PREFIX = 'tl1.';

export class StaleCursorError extends Error {
  constructor() {
    super('This list position is no longer valid; reload the list to start again.');
    this.name = 'StaleCursorError';
  }
}

// Through UTF-8 bytes, since btoa takes only Latin-1 and a server cursor is not ours to vouch for.
const toBase64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const fromBase64 = (b64: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
  );

export function encodeTaskCursor(cursor: TaskCursor): string {
  return PREFIX + toBase64(JSON.stringify(cursor));
}

/** null for no cursor (the first page); a cursor this adapter did not make is refused. */
export function decodeTaskCursor(raw: string | null | undefined): TaskCursor | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (!raw.startsWith(PREFIX)) throw new StaleCursorError();
  try {
    const parsed = tokenSchema.safeParse(JSON.parse(fromBase64(raw.slice(PREFIX.length))));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through to the same error as a well-formed token of the wrong shape.
  }
  throw new StaleCursorError();
}
