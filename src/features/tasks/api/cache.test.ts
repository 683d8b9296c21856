import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Page, Task } from '@/domain/types';
import type { TaskListKeyFilters } from './queries';
import { applyTaskPatch } from './cache';

const task = (id: string, over: Partial<Task> = {}): Task => ({
  id,
  title: `Task ${id}`,
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  targets: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const filters = (over: Partial<TaskListKeyFilters>): TaskListKeyFilters => ({
  status: 'TODO',
  search: '',
  assignee: null,
  due: null,
  sort: 'dueAt',
  day: null,
  ...over,
});

const listKey = (f: TaskListKeyFilters) => ['tasks', 'list', f] as const;
type Pages = InfiniteData<Page<Task>, string | null>;

function seedList(client: QueryClient, f: TaskListKeyFilters, pages: Page<Task>[]) {
  client.setQueryData<Pages>(listKey(f), {
    pages,
    pageParams: pages.map((_, i) => (i === 0 ? null : String(i))),
  });
}

const ids = (client: QueryClient, f: TaskListKeyFilters) =>
  client.getQueryData<Pages>(listKey(f))!.pages.map((page) => page.items.map((t) => t.id));
const count = (client: QueryClient, f: TaskListKeyFilters) =>
  client.getQueryData<Pages>(listKey(f))!.pages[0]!.totalCount;

describe('applyTaskPatch', () => {
  const a = task('a', { dueAt: '2026-02-01T00:00:00.000Z' });
  const b = task('b', { status: 'DONE', dueAt: '2026-01-15T00:00:00.000Z' });
  const c = task('c', { status: 'DONE', dueAt: '2026-03-01T00:00:00.000Z' });
  const todo = filters({});
  const done = filters({ status: 'DONE' });

  it('moves a card between columns in sort order and adjusts both counts', () => {
    const client = new QueryClient();
    seedList(client, todo, [{ items: [a], nextCursor: null, totalCount: 1 }]);
    seedList(client, done, [{ items: [b, c], nextCursor: null, totalCount: 2 }]);

    applyTaskPatch(client, a, { status: 'DONE' });

    expect(ids(client, todo)).toEqual([[]]);
    expect(count(client, todo)).toBe(0);
    expect(ids(client, done)).toEqual([['b', 'a', 'c']]);
    expect(count(client, done)).toBe(3);
  });

  it('leaves a card out of a column whose filter it does not match, and counts nothing there', () => {
    const client = new QueryClient();
    const doneCalls = filters({ status: 'DONE', search: 'call' });
    seedList(client, doneCalls, [{ items: [], nextCursor: null, totalCount: 0 }]);
    applyTaskPatch(client, a, { status: 'DONE' });
    expect(ids(client, doneCalls)).toEqual([[]]);
    expect(count(client, doneCalls)).toBe(0);
  });

  it('does not place a card past the loaded pages when more pages follow, but still counts it', () => {
    const client = new QueryClient();
    const late = task('z', { dueAt: '2027-01-01T00:00:00.000Z' });
    seedList(client, done, [{ items: [b, c], nextCursor: 'next', totalCount: 80 }]);
    applyTaskPatch(client, late, { status: 'DONE' });
    expect(ids(client, done)).toEqual([['b', 'c']]);
    expect(count(client, done)).toBe(81);
  });

  it('updates a task in place in detail and by-id caches', () => {
    const client = new QueryClient();
    client.setQueryData(['tasks', 'detail', 'a'], a);
    client.setQueryData(['tasks', 'byIds', ['a', 'b']], [a, b]);
    applyTaskPatch(client, a, { status: 'IN_PROGRESS' });
    expect(client.getQueryData<Task>(['tasks', 'detail', 'a'])?.status).toBe('IN_PROGRESS');
    expect(
      client.getQueryData<Task[]>(['tasks', 'byIds', ['a', 'b']])?.map((t) => t.status),
    ).toEqual(['IN_PROGRESS', 'DONE']);
  });

  it('puts everything back when the reverse patch is applied (the rollback)', () => {
    const client = new QueryClient();
    seedList(client, todo, [{ items: [a], nextCursor: null, totalCount: 1 }]);
    seedList(client, done, [{ items: [b, c], nextCursor: null, totalCount: 2 }]);
    applyTaskPatch(client, a, { status: 'DONE' });
    applyTaskPatch(client, { ...a, status: 'DONE' }, { status: 'TODO' });
    expect(ids(client, todo)).toEqual([['a']]);
    expect(count(client, todo)).toBe(1);
    expect(ids(client, done)).toEqual([['b', 'c']]);
    expect(count(client, done)).toBe(2);
  });
});
