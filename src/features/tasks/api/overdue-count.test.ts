import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '@/backends/backend';
import type { Page, Task, TaskStatus } from '@/domain/types';
import { OVERDUE_BADGE_MAX, overdueCountQuery, overdueSeen } from './overdue-count';

const NOW = new Date('2026-12-02T12:00:00.000Z');
const PAST = '2026-11-20T09:00:00.000Z';
const FUTURE = '2026-12-20T09:00:00.000Z';

const task = (id: string, status: TaskStatus, dueAt: string | null): Task => ({
  id,
  title: `Task ${id}`,
  bodyMarkdown: null,
  status,
  dueAt,
  assigneeId: null,
  targets: [],
  createdAt: PAST,
  updatedAt: PAST,
});

function seedColumn(client: QueryClient, status: TaskStatus, items: Task[]) {
  const page: Page<Task> = { items, totalCount: items.length + 1000, nextCursor: 'more' };
  client.setQueryData(['tasks', 'list', { status, search: '' }], {
    pages: [page],
    pageParams: [null],
  });
}

const overdue = (prefix: string, n: number, status: TaskStatus = 'TODO') =>
  Array.from({ length: n }, (_, i) => task(`${prefix}${i}`, status, PAST));

function backendCounting(totalCount: number) {
  const listTasks = vi.fn(async () => ({ items: [], totalCount, nextCursor: null }));
  return { backend: { listTasks } as unknown as Backend, listTasks };
}

describe('the overdue count', () => {
  it('counts the distinct overdue open tasks the cached lists hold', () => {
    const client = new QueryClient();
    seedColumn(client, 'TODO', [...overdue('t', 3), task('later', 'TODO', FUTURE)]);
    seedColumn(client, 'IN_PROGRESS', [
      ...overdue('p', 2, 'IN_PROGRESS'),
      task('none', 'TODO', null),
    ]);
    // Done is never overdue, and a task cached under two filters counts once.
    seedColumn(client, 'DONE', overdue('d', 4, 'DONE'));
    client.setQueryData(['tasks', 'list', { status: 'TODO', search: 'Task' }], {
      pages: [{ items: overdue('t', 3), totalCount: 3, nextCursor: null }],
      pageParams: [null],
    });
    expect(overdueSeen(client, NOW)).toBe(5);
  });

  describe('on the day the badge reads', () => {
    beforeEach(() => {
      vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks the server when the cached lists do not already prove more than the badge shows', async () => {
      const client = new QueryClient();
      seedColumn(client, 'TODO', overdue('t', 60));
      seedColumn(client, 'IN_PROGRESS', overdue('p', 39, 'IN_PROGRESS'));
      const { backend, listTasks } = backendCounting(2210);
      expect(await client.fetchQuery(overdueCountQuery(backend, '2026-12-02'))).toBe(2210);
      expect(listTasks).toHaveBeenCalledTimes(1);
    });

    it('sends no request when the board already holds more overdue tasks than the badge shows', async () => {
      const client = new QueryClient();
      seedColumn(client, 'TODO', overdue('t', 60));
      seedColumn(client, 'IN_PROGRESS', overdue('p', 60, 'IN_PROGRESS'));
      const { backend, listTasks } = backendCounting(2210);
      const count = await client.fetchQuery(overdueCountQuery(backend, '2026-12-02'));
      expect(count).toBeGreaterThan(OVERDUE_BADGE_MAX);
      expect(listTasks).not.toHaveBeenCalled();
    });
  });
});
