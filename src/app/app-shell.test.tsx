import { screen, within } from '@testing-library/react';
import { beforeEach, vi } from 'vitest';
import type { RouteObject } from 'react-router-dom';
import { ApiError } from '@/backends/api-error';
import { renderRoutes } from '@/testing/test-utils';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-boundary';
import { appRoutes } from './router';

// The real layout around stand-in pages, so the test needs no backend.
const stubRoutes = (children: RouteObject[]): RouteObject[] => [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <h1>Board page</h1>, handle: { title: 'Tasks' } },
      { path: '/tasks', element: <h1>Board page</h1>, handle: { title: 'Tasks' } },
      { path: '/people', element: <h1>People page</h1>, handle: { title: 'People' } },
      { path: '/companies', element: <h1>Companies page</h1> },
      { path: '/opportunities', element: <h1>Opportunities page</h1> },
      { path: '/settings', element: <h1>Settings page</h1> },
      ...children,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

describe('app shell', () => {
  it('marks the current page in the navigation and navigates between pages', async () => {
    const { user, router } = renderRoutes(stubRoutes([]), { route: '/' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Tasks', 'Mine', 'People', 'Companies', 'Opportunities', 'Settings']);
    expect(within(nav).getByRole('link', { name: 'Tasks' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(document.title).toBe('Tasks · tasklink');

    await user.click(within(nav).getByRole('link', { name: 'People' }));
    expect(await screen.findByRole('heading', { name: 'People page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/people');
    expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Tasks' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('People · tasklink');

    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings page' })).toBeInTheDocument();
  });

  it('offers a skip link to the main landmark', () => {
    renderRoutes(stubRoutes([]), { route: '/people' });
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    const main = screen.getByRole('main');
    expect(skip).toHaveAttribute('href', `#${main.id}`);
  });

  it('shows a 404 page with a way back for an unknown address', async () => {
    renderRoutes(appRoutes, { route: '/no/such/page' });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(document.title).toBe('Page not found · tasklink');
    // The layout stays, so the rest of the app is one click away.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the task board' })).toHaveAttribute(
      'href',
      '/tasks',
    );
  });
});

/** A page that throws `error` while `fails()` says so, and reads as `heading` otherwise. */
function Flaky({
  fails,
  error,
  heading,
}: {
  fails: () => boolean;
  error: unknown;
  heading: string;
}) {
  if (fails()) throw error;
  return <h1>{heading}</h1>;
}

describe('route errors', () => {
  // React reports each error a boundary catches on the console; those are expected here.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('reads a 404 from the backend as "record not found" with a link back to the list', async () => {
    const routes = stubRoutes([
      {
        path: '/people/:id',
        element: (
          <RouteBoundary back={{ to: '/people', label: 'Back to people' }}>
            <Flaky
              fails={() => true}
              error={new ApiError(404, ['Record not found'])}
              heading="Person"
            />
          </RouteBoundary>
        ),
      },
    ]);
    const { user, router } = renderRoutes(routes, { route: '/people/gone' });
    expect(await screen.findByRole('heading', { name: 'Record not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to people' }));
    expect(router.state.location.pathname).toBe('/people');
    expect(await screen.findByRole('heading', { name: 'People page' })).toBeInTheDocument();
  });

  it('explains any other failure and renders the page again on Retry', async () => {
    let broken = true;
    const routes = stubRoutes([
      {
        path: '/companies/:id',
        element: (
          <RouteBoundary>
            <Flaky
              fails={() => broken}
              error={new ApiError(503, ['Service unavailable'])}
              heading="Company loaded"
            />
          </RouteBoundary>
        ),
      },
    ]);
    const { user } = renderRoutes(routes, { route: '/companies/c1' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The backend had a problem' })).toBeVisible();
    expect(within(alert).getByText('Service unavailable')).toBeVisible();

    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Company loaded' })).toBeInTheDocument();
  });
});
