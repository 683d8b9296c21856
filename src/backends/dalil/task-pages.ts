import type { TaskListQuery } from '@/backends/backend';
import type { Page, Task } from '@/domain/types';
import type { DalilClient } from './dalil-client';
import { and, eq, gt, isNotNull, isNull, lt, or, type Filter } from './filter';
import { clampLimit, type Direction } from './params';
import {
  decodeTaskCursor,
  encodeTaskCursor,
  StaleCursorError,
  type TaskCursor,
} from './task-cursor';
import { taskListFilter } from './task-query';
import { toTask } from './to-domain';
import { wireTaskDetailSchema } from './wire-schemas';

// Task lists paged so that every task is reachable on real Twenty, whose keyset paging loses
// rows when the sort key holds NULLs (a cursor after the last dated task, or one that holds
// NULL, returns an empty page) and which refuses a plain id as a cursor.
//
// A list sorted by due date is two streams joined behind the port's cursor:
//  1. dated tasks by dueAt, ties by id (Twenty's own tie-break). The first page is asked for
//     without `dueAt[is]:NOT_NULL` so that its totalCount is the whole column's; later pages
//     follow the last task with a filter, `dueAt > D or (dueAt = D and id > I)`, rather than
//     a server cursor over a nullable key.
//  2. undated tasks (`dueAt[is]:NULL`) newest first by createdAt, which is never null, so
//     pageInfo's endCursor can be followed.
// A page that finishes the dated stream is filled up from the undated one.

type Fetched = {
  tasks: Task[];
  nextCursor: string | null;
  hasNextPage: boolean;
  total: number | null;
};

const DUE = 'dueAt';

export function createTaskPager(client: DalilClient) {
  async function fetch(
    params: {
      filter: Filter | undefined;
      order: Direction;
      orderField: string;
      limit: number;
      after?: string | null;
    },
    signal?: AbortSignal,
  ): Promise<Fetched> {
    const page = await client.list(
      'tasks',
      wireTaskDetailSchema,
      {
        depth: 1,
        filter: params.filter,
        orderBy: [[params.orderField, params.order]],
        limit: params.limit,
        startingAfter: params.after,
      },
      signal,
    );
    return {
      tasks: page.items.map(toTask),
      nextCursor: page.nextCursor,
      hasNextPage: page.hasNextPage,
      total: page.totalCount,
    };
  }

  /** A stream over a non-null key (createdAt, updatedAt), continued with the server's own cursors. */
  async function serverStream(
    filter: Filter | undefined,
    order: Direction,
    after: string | null,
    limit: number,
    signal?: AbortSignal,
    orderField: 'createdAt' | 'updatedAt' = 'createdAt',
  ): Promise<Page<Task>> {
    const page = await fetch({ filter, order, orderField, limit, after }, signal);
    // hasNextPage without a cursor (a build without pageInfo) leaves no way on: the list ends.
    const next = page.hasNextPage && page.nextCursor ? page.nextCursor : null;
    return {
      items: page.tasks,
      nextCursor: next === null ? null : encodeTaskCursor({ s: 'server', after: next }),
      totalCount: page.total,
    };
  }

  return async function listTasks(query: TaskListQuery, signal?: AbortSignal): Promise<Page<Task>> {
    const limit = clampLimit(query.limit);
    const base = taskListFilter(query);
    const cursor = decodeTaskCursor(query.cursor);

    // Both are set on every row (never NULL), so Twenty's own cursors follow them to the end.
    if (query.sort === 'createdAt' || query.sort === 'updatedAt') {
      if (cursor?.s === 'dated') throw new StaleCursorError();
      const order = query.direction === 'asc' ? 'AscNullsLast' : 'DescNullsLast';
      return serverStream(base, order, serverAfter(cursor), limit, signal, query.sort);
    }

    // The due buckets already decide which stream a task can be in.
    const undatedOnly = query.due === 'none';
    // A due window holds dated tasks only, so its stream is the cursor-safe dated one.
    const datedOnly =
      (query.due !== undefined && !undatedOnly) ||
      query.dueFrom !== undefined ||
      query.dueBefore !== undefined;
    const undatedFilter = undatedOnly ? base : and(base, isNull(DUE));
    const undated = (after: string | null, size: number) =>
      serverStream(undatedFilter, 'DescNullsLast', after, size, signal);

    if (undatedOnly || cursor?.s === 'server') return undated(serverAfter(cursor), limit);

    const ascending = query.direction !== 'desc';
    const page = await fetch(
      {
        filter:
          cursor === null
            ? base
            : and(base, isNotNull(DUE), datedAfter(cursor.dueAt, cursor.id, ascending)),
        order: ascending ? 'AscNullsLast' : 'DescNullsLast',
        orderField: DUE,
        limit,
      },
      signal,
    );
    const dated = page.tasks.filter((t) => t.dueAt !== null);
    const total = cursor === null ? page.total : null;
    if (cursor === null && !page.hasNextPage) {
      // The whole list came in one answer: only its undated tail needs putting in stream order.
      const undatedTail = page.tasks.filter((t) => t.dueAt === null).sort(newestFirst);
      return { items: [...dated, ...undatedTail], nextCursor: null, totalCount: total };
    }
    // Here the first page's undated tasks, if any, came in id order and only some of them:
    // they are dropped and read again from their own stream, in its order.
    const last = dated.at(-1);
    const datedDone = dated.length < page.tasks.length || !page.hasNextPage;

    if (!datedDone && last) {
      const next = encodeTaskCursor({ s: 'dated', dueAt: last.dueAt!, id: last.id });
      return { items: dated, nextCursor: next, totalCount: total };
    }
    if (datedOnly) return { items: dated, nextCursor: null, totalCount: total };
    if (dated.length >= limit) {
      return {
        items: dated,
        nextCursor: encodeTaskCursor({ s: 'server', after: null }),
        totalCount: total,
      };
    }
    const rest = await undated(null, limit - dated.length);
    return { items: [...dated, ...rest.items], nextCursor: rest.nextCursor, totalCount: total };
  };
}

/** The undated stream's order: createdAt descending, then Twenty's id tie-break. */
function newestFirst(a: Task, b: Task): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

function serverAfter(cursor: TaskCursor | null): string | null {
  return cursor?.s === 'server' ? cursor.after : null;
}

/** Rows after (dueAt, id) in dueAt order with Twenty's id tie-break (always ascending). */
function datedAfter(dueAt: string, id: string, ascending: boolean): Filter {
  return or((ascending ? gt : lt)(DUE, dueAt), and(eq(DUE, dueAt), gt('id', id)))!;
}
