import { act, screen, waitFor } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/test-utils';
import { RecordSearch, useRecordSearch } from './record-search';

// The list's name search goes to the URL once typing pauses. What was typed belongs to the list:
// a write still waiting when the user leaves must not land on the page they went to.

function List() {
  const search = useRecordSearch();
  return (
    <>
      <RecordSearch label="Search people by name" placeholder="Search by name…" />
      <p data-testid="searched">{search}</p>
    </>
  );
}

/**
 * A page whose code is still downloading. As in the app, one Suspense boundary holds every page
 * (RouteBoundary), so while it downloads the router keeps the list on screen, mounted.
 */
function slowPage() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const Page = lazy(async () => {
    await arrived;
    return { default: () => <h1>Ada Lovelace</h1> };
  });
  return { element: <Page />, arrive: () => act(arrive) };
}

const inOneBoundary = (children: RouteObject[]): RouteObject[] => [
  {
    element: (
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    ),
    children,
  },
];

const pause = (ms: number) => act(() => new Promise((done) => setTimeout(done, ms)));

describe('RecordSearch', () => {
  it('writes the search to the URL once typing pauses, replacing the entry', async () => {
    const { user, router } = renderRoutes([{ path: '/people', element: <List /> }], {
      route: '/people',
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search people by name' }), 'ada');
    await waitFor(() => expect(screen.getByTestId('searched')).toHaveTextContent('ada'));
    expect(router.state.location.search).toBe('?q=ada');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('drops a write still waiting when the user opens a record, so they stay on it', async () => {
    const record = slowPage();
    const { user, router } = renderRoutes(
      inOneBoundary([
        { path: '/people', element: <List /> },
        { path: '/people/:id', element: record.element },
      ]),
      { route: '/people' },
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search people by name' }), 'ada');
    // Within the pause, the user opens a record whose page is still on its way.
    await act(() => router.navigate('/people/p1'));
    await pause(400);
    record.arrive();
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
    expect(router.state.location.pathname + router.state.location.search).toBe('/people/p1');
  });

  it('drops it too when the record page is there at once', async () => {
    const { user, router } = renderRoutes(
      [
        { path: '/people', element: <List /> },
        { path: '/people/:id', element: <h1>Ada Lovelace</h1> },
      ],
      { route: '/people' },
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search people by name' }), 'ada');
    await act(() => router.navigate('/people/p1'));
    await pause(400);
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();
    expect(router.state.location.pathname + router.state.location.search).toBe('/people/p1');
  });
});
