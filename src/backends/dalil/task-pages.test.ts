import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Backend, TaskListQuery } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { listAnswer, type Row } from '@/testing/fake-dalil-list';
import { server } from '@/testing/msw-server';
import { parseFilter } from '../../../server/query/filter.ts';
import { createDalilBackend } from './dalil-backend';
import { StaleCursorError } from './task-cursor';
import { listBody, wireTask } from './wire-fixtures';

const BASE = 'https://crm.example.test';
const backend = () =>
  createDalilBackend({ kind: 'dalil', baseUrl: BASE, apiKey: 'k3y', http: { baseDelayMs: 1 } });

/**
 * A task list that pages as real Twenty can be trusted to: a page is answered in full, but a
 * cursor after a page sorted by a nullable key (dueAt) is refused, as the strict twin does,
 * since real Twenty would silently answer an empty page there.
 */
function strictTasks(rows: Row[]) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(`${BASE}/rest/tasks`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      seen.push(params);
      if (params.has('starting_after') && params.get('order_by')?.includes('dueAt')) {
        return HttpResponse.json(
          { messages: ['Dalil does not support a cursor after a page sorted by a nullable field'] },
          { status: 400 },
        );
      }
      return HttpResponse.json(listAnswer('tasks', rows, params));
    }),
  );
  return seen;
}

async function pageAll(client: Backend, query: Omit<TaskListQuery, 'cursor'>) {
  const tasks: Task[] = [];
  const totals: (number | null)[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 50; n++) {
    const page: Awaited<ReturnType<Backend['listTasks']>> = await client.listTasks({
      ...query,
      cursor,
    });
    tasks.push(...page.items);
    totals.push(page.totalCount);
    cursor = page.nextCursor;
    if (!cursor) return { tasks, totals };
  }
  throw new Error('the list never ended');
}

const day = (n: number) => new Date(Date.UTC(2026, 3, 1 + n)).toISOString();
const created = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** 7 dated tasks (two share a due date) and 8 undated ones, DONE and TODO mixed. */
function column(): Row[] {
  const dated = [3, 1, 4, 1, 5, 9, 2].map((d, i) =>
    wireTask(id(i), { dueAt: day(d), createdAt: created(i), status: i % 3 ? 'DONE' : 'TODO' }),
  );
  const undated = Array.from({ length: 8 }, (_, i) =>
    wireTask(id(100 + i), { createdAt: created(20 + i), status: i % 2 ? 'DONE' : 'TODO' }),
  );
  return [...undated, ...dated];
}

describe('Dalil task lists: every task reachable', () => {
  it('pages a column with undated tasks to its end: dated by due date, then undated newest first', async () => {
    const rows = column();
    const seen = strictTasks(rows);
    const { tasks, totals } = await pageAll(backend(), { sort: 'dueAt', limit: 3 });

    expect(totals[0]).toBe(15);
    expect(tasks).toHaveLength(15);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(15);
    const dated = tasks.slice(0, 7);
    expect(dated.map((t) => t.dueAt)).toEqual([1, 1, 2, 3, 4, 5, 9].map(day));
    // Ties on the due date are broken by id, as Twenty does.
    expect(dated.slice(0, 2).map((t) => t.id)).toEqual([id(1), id(3)]);
    expect(tasks.slice(7).map((t) => t.id)).toEqual(
      [7, 6, 5, 4, 3, 2, 1, 0].map((i) => id(100 + i)),
    );
    // A page that finishes the dated stream is filled from the undated one.
    expect(seen.every((p) => p.get('limit') === '3' || p.get('limit') === '2')).toBe(true);
    expect(seen.filter((p) => p.has('starting_after')).length).toBeGreaterThan(0);
  });

  it('reads a column that fits in one page with one request, undated tasks newest first', async () => {
    const seen = strictTasks(column());
    const page = await backend().listTasks({ sort: 'dueAt', limit: 20 });
    expect(seen).toHaveLength(1);
    expect(page.nextCursor).toBeNull();
    expect(page.totalCount).toBe(15);
    expect(page.items.slice(7).map((t) => t.id)).toEqual(
      [7, 6, 5, 4, 3, 2, 1, 0].map((i) => id(100 + i)),
    );
  });

  it('sends cursors only after a page sorted by createdAt, and never a plain id', async () => {
    const rows = column();
    const seen = strictTasks(rows);
    await pageAll(backend(), { sort: 'dueAt', limit: 2, status: 'DONE' });
    for (const params of seen) {
      const after = params.get('starting_after');
      if (after === null) continue;
      expect(params.get('order_by')).toBe('createdAt[DescNullsLast]');
      expect(rows.some((r) => r.id === after)).toBe(false);
    }
    const later = seen.filter((p) => p.get('order_by') === 'dueAt[AscNullsLast]').slice(1);
    expect(later.length).toBeGreaterThan(0);
    for (const params of later) {
      const filter = JSON.stringify(parseFilter(params.get('filter')!));
      expect(filter).toContain('"field":"dueAt","comparator":"is","value":"NOT_NULL"');
      expect(filter).toContain('"field":"id","comparator":"gt"');
    }
  });

  it('keeps the filters in both streams, and totalCount is the whole column', async () => {
    const rows = column();
    strictTasks(rows);
    const { tasks, totals } = await pageAll(backend(), { sort: 'dueAt', limit: 2, status: 'DONE' });
    const done = rows.filter((r) => r.status === 'DONE');
    expect(totals[0]).toBe(done.length);
    expect(tasks.map((t) => t.id).sort()).toEqual(done.map((r) => r.id).sort());
  });

  it('honours a descending due order, undated tasks still last', async () => {
    strictTasks(column());
    const { tasks } = await pageAll(backend(), { sort: 'dueAt', direction: 'desc', limit: 4 });
    expect(tasks.slice(0, 7).map((t) => t.dueAt)).toEqual([9, 5, 4, 3, 2, 1, 1].map(day));
    expect(tasks.slice(7).every((t) => t.dueAt === null)).toBe(true);
    expect(tasks).toHaveLength(15);
  });

  it('reads "no due date" from the undated stream only, and a due bucket from the dated one', async () => {
    const seen = strictTasks(column());
    const none = await pageAll(backend(), { sort: 'dueAt', due: 'none', limit: 3 });
    expect(none.tasks).toHaveLength(8);
    expect(none.totals[0]).toBe(8);
    expect(seen.every((p) => p.get('order_by') === 'createdAt[DescNullsLast]')).toBe(true);

    seen.length = 0;
    const overdue = await pageAll(backend(), {
      sort: 'dueAt',
      due: 'overdue',
      now: new Date(Date.UTC(2026, 5, 1)),
      limit: 3,
    });
    expect(overdue.tasks.every((t) => t.dueAt !== null && t.status !== 'DONE')).toBe(true);
    expect(overdue.tasks).toHaveLength(3);
    expect(seen.every((p) => p.get('order_by') === 'dueAt[AscNullsLast]')).toBe(true);
  });

  it('pages a due window of open tasks to its end without a server cursor (the list view)', async () => {
    const seen = strictTasks(column());
    const { tasks, totals } = await pageAll(backend(), {
      sort: 'dueAt',
      dueFrom: day(1),
      dueBefore: day(5),
      open: true,
      limit: 1,
    });
    // Open tasks due on days 1 to 4: ids 0 (day 3) and 3 (day 1); id 6 is due on day 2, open.
    expect(tasks.map((t) => t.dueAt)).toEqual([1, 2, 3].map(day));
    expect(tasks.every((t) => t.status !== 'DONE')).toBe(true);
    expect(totals[0]).toBe(3);
    expect(seen.every((p) => !p.has('starting_after'))).toBe(true);
    expect(seen.every((p) => p.get('order_by') === 'dueAt[AscNullsLast]')).toBe(true);
  });

  it('pages a list sorted by creation with the server cursor, newest first', async () => {
    const seen = strictTasks(column());
    const { tasks, totals } = await pageAll(backend(), { sort: 'createdAt', limit: 4 });
    expect(totals[0]).toBe(15);
    expect(tasks.map((t) => t.createdAt)).toEqual(
      [...tasks.map((t) => t.createdAt)].sort().reverse(),
    );
    expect(seen.map((p) => p.get('starting_after'))).toEqual([null, '4', '8', '12']);
  });

  it('pages the Done column most recently changed first, with the server cursor, ties by id', async () => {
    // Two tasks changed in the same instant: Twenty breaks the tie by id.
    const changed = [5, 2, 9, 2, 7, 1, 8, 3, 6, 4];
    const rows = changed.map((minute, i) =>
      wireTask(id(200 + i), { status: 'DONE', updatedAt: created(minute), dueAt: day(i % 3) }),
    );
    const seen = strictTasks(rows);
    const { tasks, totals } = await pageAll(backend(), {
      status: 'DONE',
      sort: 'updatedAt',
      limit: 3,
    });
    expect(totals[0]).toBe(10);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(10);
    const expected = [...rows]
      .map((row) => ({ id: String(row.id), at: String(row.updatedAt) }))
      .sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id))
      .map((row) => row.id);
    expect(tasks.map((t) => t.id)).toEqual(expected);
    expect(seen.every((p) => p.get('order_by') === 'updatedAt[DescNullsLast]')).toBe(true);
    expect(seen.map((p) => p.get('starting_after'))).toEqual([null, '3', '6', '9']);
  });

  it('sends depth 1, at most 60 rows, and the filters', async () => {
    const seen = strictTasks([]);
    await backend().listTasks({
      status: 'TODO',
      search: '50%, "x"',
      assignee: 'unassigned',
      sort: 'dueAt',
      limit: 500,
    });
    const params = seen[0]!;
    expect(params.get('depth')).toBe('1');
    expect(params.get('limit')).toBe('60');
    expect(params.get('order_by')).toBe('dueAt[AscNullsLast]');
    expect(parseFilter(params.get('filter')!)).toEqual({
      kind: 'and',
      children: [
        { kind: 'atom', field: 'status', comparator: 'eq', value: 'TODO', quoted: true },
        { kind: 'atom', field: 'title', comparator: 'ilike', value: '%50\\%, "x"%', quoted: true },
        { kind: 'atom', field: 'assigneeId', comparator: 'is', value: 'NULL', quoted: false },
      ],
    });
  });

  it('never makes a cursor of a record id when the server gives no pageInfo', async () => {
    server.use(
      http.get(`${BASE}/rest/tasks`, () =>
        HttpResponse.json({ data: { tasks: [wireTask('a'), wireTask('b')] } }),
      ),
    );
    const page = await backend().listTasks({ sort: 'createdAt', limit: 2 });
    expect(page).toMatchObject({ totalCount: null, nextCursor: null });
  });

  it('stops when hasNextPage is false', async () => {
    server.use(
      http.get(`${BASE}/rest/tasks`, () =>
        HttpResponse.json(listBody('tasks', [wireTask('a', { dueAt: day(1) })])),
      ),
    );
    await expect(backend().listTasks({ sort: 'dueAt', due: 'today' })).resolves.toMatchObject({
      nextCursor: null,
      totalCount: 1,
    });
  });

  it('refuses a cursor it did not make, with words a person can act on', async () => {
    strictTasks([]);
    await expect(backend().listTasks({ sort: 'dueAt', cursor: id(1) })).rejects.toBeInstanceOf(
      StaleCursorError,
    );
    await expect(
      backend().listTasks({ sort: 'dueAt', cursor: 'tl1.bm90IGpzb24=' }),
    ).rejects.toThrow(/reload the list/);
  });
});
