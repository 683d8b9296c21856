import type { TaskListQuery } from '@/backends/backend';
import { NotSupportedError } from '@/backends/not-supported';

// GET /user-api/v1/tasks takes a page (limit, offset), a due-date order and `include=tags`;
// nothing else. The port's opaque cursor is the next offset, written as a number.

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

export function offsetFromCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  if (!/^\d{1,9}$/.test(cursor)) throw new Error(`'${cursor}' is not a Rolodex page position`);
  return Number(cursor);
}

export function listParams(query: TaskListQuery): URLSearchParams {
  const filter = (
    ['status', 'search', 'assignee', 'due', 'dueFrom', 'dueBefore', 'open'] as const
  ).find((f) => query[f] !== undefined && query[f] !== '');
  if (filter) throw new NotSupportedError('Rolodex', `Filtering tasks by ${filter}`);
  if (query.sort !== 'dueAt') throw new NotSupportedError('Rolodex', 'Sorting tasks by creation');
  const limit = Math.min(MAX_LIMIT, Math.max(1, query.limit ?? DEFAULT_LIMIT));
  return new URLSearchParams({
    limit: String(limit),
    offset: String(offsetFromCursor(query.cursor)),
    order_by: `due_date:${query.direction ?? 'asc'}`,
    include: 'tags',
  });
}

/** The next offset, or null on the last page. Without a total, a full page may have more. */
export function nextCursor(
  offset: number,
  limit: number,
  received: number,
  total: number | null,
): string | null {
  const next = offset + received;
  if (received === 0) return null;
  if (total !== null) return next < total ? String(next) : null;
  return received >= limit ? String(next) : null;
}
