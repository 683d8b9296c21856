import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend, TaskListQuery } from '@/backends/backend';
import { groupQuery } from './group-query';

afterEach(() => vi.useRealTimers());

describe('groupQuery', () => {
  it("keeps the first page's window for the next pages, so Today cannot skip tasks", async () => {
    const asked: TaskListQuery[] = [];
    const backend = {
      listTasks: (query: TaskListQuery) => {
        asked.push(query);
        return Promise.resolve({ items: [], nextCursor: 'tl1.next', totalCount: 40 });
      },
    } as unknown as Backend;
    const options = groupQuery(backend, {
      group: 'today',
      search: '',
      assignee: null,
      due: null,
      day: '2026-12-02',
      weekStart: 1,
    });
    type Fn = (context: { pageParam: unknown; signal: AbortSignal }) => Promise<{
      readAt: string;
      nextCursor: string | null;
    }>;
    const queryFn = options.queryFn as unknown as Fn;
    const signal = new AbortController().signal;

    vi.useFakeTimers({ now: new Date(2026, 11, 2, 10, 0) });
    const first = await queryFn({ pageParam: null, signal });
    vi.setSystemTime(new Date(2026, 11, 2, 10, 45));
    const next = options.getNextPageParam(first as never, [first as never], null, [null]);
    await queryFn({ pageParam: next, signal });

    expect(asked).toHaveLength(2);
    expect(asked[1]!.dueFrom).toBe(asked[0]!.dueFrom);
    expect(asked[0]!.dueFrom).toBe(new Date(2026, 11, 2, 10, 0).toISOString());
    expect(asked[1]!.cursor).toBe('tl1.next');
  });
});
