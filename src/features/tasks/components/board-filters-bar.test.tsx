import { act, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { useBoardFilters } from '../use-board-filters';
import { BoardFiltersBar, SEARCH_DEBOUNCE_MS } from './board-filters-bar';

// The board's search goes to the URL once typing pauses. What was typed belongs to the board: a
// write still waiting when the user opens a task's own page must not land on that page.

function Board() {
  const { filters, update } = useBoardFilters();
  return <BoardFiltersBar filters={filters} onChange={update} />;
}

/**
 * A task page whose code is still downloading. As in the app, one Suspense boundary holds every
 * page, so while it downloads the navigation's transition keeps the board mounted.
 */
function slowTaskPage() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const Page = lazy(async () => {
    await arrived;
    return { default: () => <h1>The task</h1> };
  });
  return { element: <Page />, arrive: () => act(arrive) };
}

const pause = (ms: number) => act(() => new Promise((done) => setTimeout(done, ms)));

describe('BoardFiltersBar search', () => {
  it('writes the search to the URL once typing pauses', async () => {
    const { user, router } = renderRoutes([{ path: '/tasks', element: <Board /> }], {
      route: '/tasks',
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search tasks' }), 'call');
    await pause(SEARCH_DEBOUNCE_MS + 100);
    expect(router.state.location.search).toBe('?q=call');
  });

  it('drops a write still waiting when the user leaves the board, so they stay where they went', async () => {
    const task = slowTaskPage();
    const { user, router } = renderRoutes(
      [
        {
          element: (
            <Suspense fallback={null}>
              <Outlet />
            </Suspense>
          ),
          children: [
            { path: '/tasks', element: <Board /> },
            { path: '/tasks/:id', element: task.element },
          ],
        },
      ],
      { route: '/tasks' },
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search tasks' }), 'call');
    await act(() => router.navigate('/tasks/t1'));
    await pause(SEARCH_DEBOUNCE_MS + 100);
    task.arrive();
    expect(await screen.findByRole('heading', { name: 'The task' })).toBeVisible();
    expect(router.state.location.pathname + router.state.location.search).toBe('/tasks/t1');
  });
});
