import { screen, within } from '@testing-library/react';
import type { RouteObject } from 'react-router-dom';
import { ApiError } from '@/backends/api-error';
import { renderRoutes } from '@/testing/test-utils';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import { appRoutes } from './router';

// The real layout around stand-in pages, so the test needs no backend.
const stubRoutes = (children: RouteObject[]): RouteObject[] => [
  {
    element: <AppLayout />,
    hydrateFallbackElement: <p>Loading</p>,
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
    expect(names).toEqual(['Tasks', 'People', 'Companies', 'Opportunities', 'Settings']);
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

describe('route errors', () => {
  it('reads a 404 from the backend as "record not found" with a link back to the list', async () => {
    const routes = stubRoutes([
      {
        path: '/people/:id',
        loader: () => {
          throw new ApiError(404, ['Record not found']);
        },
        element: <h1>Person</h1>,
        errorElement: <RouteError back={{ to: '/people', label: 'Back to people' }} />,
      },
    ]);
    const { user, router } = renderRoutes(routes, { route: '/people/gone' });
    expect(await screen.findByRole('heading', { name: 'Record not found' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to people' }));
    expect(router.state.location.pathname).toBe('/people');
  });

  it('explains any other failure and renders the page again on Retry', async () => {
    let attempts = 0;
    const routes = stubRoutes([
      {
        path: '/companies/:id',
        loader: () => {
          attempts += 1;
          if (attempts === 1) throw new ApiError(503, ['Service unavailable']);
          return null;
        },
        element: <h1>Company loaded</h1>,
        errorElement: <RouteError />,
      },
    ]);
    const { user } = renderRoutes(routes, { route: '/companies/c1' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The backend had a problem' })).toBeVisible();
    expect(within(alert).getByText('Service unavailable')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Company loaded' })).toBeInTheDocument();
  });
});
