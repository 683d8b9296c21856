import { InfiniteQueryObserver, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '@/backends/backend';
import { createQueryClient } from '@/lib/query-client';
import { mayRefresh, refreshShownQueries } from './use-remote-refresh';

// The background refresh reads again only what is on screen, and not a list scrolled deep: on a
// workspace of 10,000 tasks a column 40 pages long would otherwise be re-read page by page.

const page = (n: number) => ({ items: [], nextCursor: `c${n}`, totalCount: null });

function setup() {
  const client = createQueryClient({ retry: false });
  const reads: string[] = [];
  const list = (name: string, pages: number, watched: boolean) => {
    const queryKey = ['tasks', 'list', { name }];
    client.setQueryData(queryKey, {
      pages: Array.from({ length: pages }, (_, i) => page(i)),
      pageParams: Array.from({ length: pages }, (_, i) => (i === 0 ? null : `c${i - 1}`)),
    });
    if (!watched) return;
    const observer = new InfiniteQueryObserver(client, {
      queryKey,
      queryFn: () => {
        reads.push(name);
        return Promise.resolve(page(0));
      },
      initialPageParam: null,
      getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor,
      staleTime: Infinity,
    });
    observer.subscribe(() => undefined);
  };
  const record = (name: string) => {
    const observer = new QueryObserver(client, {
      queryKey: ['records', 'person', 'detail', name],
      queryFn: () => {
        reads.push(name);
        return Promise.resolve({ id: name, taskTargets: [] });
      },
      staleTime: Infinity,
    });
    client.setQueryData(['records', 'person', 'detail', name], { id: name, taskTargets: [] });
    observer.subscribe(() => undefined);
  };
  return { client, reads, list, record };
}

afterEach(() => vi.restoreAllMocks());

describe('refreshShownQueries', () => {
  it('reads again the shown short lists and records, not a deep list nor a hidden one', async () => {
    const { client, reads, list, record } = setup();
    list('todo', 1, true);
    list('done', 2, true);
    list('deep', 40, true);
    list('elsewhere', 1, false);
    record('ada');
    await refreshShownQueries(client);
    expect(reads.sort()).toEqual(['ada', 'done', 'done', 'todo']);
  });
});

describe('mayRefresh', () => {
  const backend = (waiting = false, status = 'online', pending = 0) =>
    ({
      pacing: { getSnapshot: () => ({ waiting, rateLimited: waiting }), subscribe: () => () => {} },
      offline: { getSnapshot: () => ({ status, pending }) },
    }) as unknown as Backend;

  it('not while hidden, held back by the rate limit, offline or with writes waiting', () => {
    const client = createQueryClient({ retry: false });
    expect(mayRefresh(backend(), client)).toBe(true);
    expect(mayRefresh(backend(true), client)).toBe(false);
    expect(mayRefresh(backend(false, 'offline'), client)).toBe(false);
    expect(mayRefresh(backend(false, 'online', 2), client)).toBe(false);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(mayRefresh(backend(), client)).toBe(false);
  });
});
