import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useFetchesSettled } from './use-fetches-settled';

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
}

/** A fetch under `key` that answers when `answer` is called. */
function pending(client: QueryClient, key: string[]) {
  let answer = () => {};
  void client.fetchQuery({
    queryKey: key,
    queryFn: () => new Promise<string>((resolve) => (answer = () => resolve('done'))),
  });
  return () => answer();
}

describe('useFetchesSettled', () => {
  it('waits for the fetches under its key only, then stays settled and stops listening', async () => {
    const { client, wrapper } = setup();
    const answerTasks = pending(client, ['tasks', 'list']);
    pending(client, ['records', 'summary']); // never answers: not under the key
    const { result } = renderHook(() => useFetchesSettled(['tasks']), { wrapper });
    expect(result.current).toBe(false);
    expect(client.getQueryCache().hasListeners()).toBe(true);

    act(answerTasks);
    await waitFor(() => expect(result.current).toBe(true));
    // Settled: the cache has no listener left from it (it used to scan every query on every
    // cache event for the page's life).
    expect(client.getQueryCache().hasListeners()).toBe(false);

    pending(client, ['tasks', 'list', 'next']);
    await act(async () => {});
    expect(result.current).toBe(true);
  });

  it('is settled at once when nothing under its key is loading', () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useFetchesSettled(['tasks']), { wrapper });
    expect(result.current).toBe(true);
  });

  it('with `started`, waits for a query under its key to start, then for it to finish', async () => {
    const { client, wrapper } = setup();
    const { result } = renderHook(() => useFetchesSettled(['tasks'], { started: true }), {
      wrapper,
    });
    expect(result.current).toBe(false);
    let answer = () => {};
    act(() => {
      answer = pending(client, ['tasks', 'list']);
    });
    expect(result.current).toBe(false);
    act(answer);
    await waitFor(() => expect(result.current).toBe(true));
  });
});
