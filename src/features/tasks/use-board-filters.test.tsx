import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useBoardFilters } from './use-board-filters';

function renderFilters() {
  let router: ReturnType<typeof createMemoryRouter> | undefined;
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '/tasks', element: children }], {
      initialEntries: ['/tasks'],
    });
    return <RouterProvider router={router} />;
  };
  const hook = renderHook(() => useBoardFilters(), { wrapper });
  return { ...hook, search: () => router?.state.location.search ?? '' };
}

describe('useBoardFilters', () => {
  it('keeps a search when a filter is picked before the board has re-rendered', () => {
    const { result, search } = renderFilters();
    act(() => {
      // Both from the same render, as when Due is picked right after the search was written.
      const { update } = result.current;
      update({ search: 'call' }, { replace: true });
      update({ due: 'overdue' });
    });
    const params = new URLSearchParams(search());
    expect(params.get('q')).toBe('call');
    expect(params.get('due')).toBe('overdue');
    expect(result.current.filters).toMatchObject({ search: 'call', due: 'overdue' });
  });
});
