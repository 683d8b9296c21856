import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import {
  UNSAFE_createMemoryHistory,
  useLocation,
  type Location,
  type RouteObject,
} from 'react-router-dom';
import { AppRoutes } from '@/app/app-routes';
import { HistoryRouter } from '@/app/history-router';
import { AppProviders } from '@/app/providers';
import type { BackendSettings } from '@/backends/settings';
import { createQueryClient } from '@/lib/query-client';

// The parts the app loads on demand (lazyComponent), loaded here up front: a browser has them
// prefetched (idle, hover, focus) by the time they open, while the test runner would spend longer
// than a find waits transforming each on first use. The lazy path itself still runs, at once.
import '@/components/ui/toast/toaster';
import '@/features/tasks/components/status-menu-popover';
import '@/features/tasks/components/board-filters-bar';
import '@/features/tasks/new-task/components/new-task-dialog';
import '@/features/tasks/editor/components/task-editor-panel';
import '@/features/tasks/editor/components/markdown-view';
import '@/features/shortcuts/shortcuts-help-dialog';
import '@/features/tasks/paged-board/paged-board';
import '@/features/tasks/recent/recent-tasks';
import '@/features/tasks/recent/create-on-entity';

// jsdom lacks a few browser APIs that the primitives call (pointer capture, menus scroll items
// into view and measure with ResizeObserver). No-ops are enough in tests.
if (typeof Element !== 'undefined') {
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.setPointerCapture ??= () => {};
  Element.prototype.releasePointerCapture ??= () => {};
  Element.prototype.scrollIntoView ??= () => {};
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** The embedded backend on this page's origin, with a key the MSW handlers can check. */
export const TEST_API_KEY = 'test-key';
export const testSettings: BackendSettings = {
  kind: 'embedded',
  baseUrl: '',
  apiKey: TEST_API_KEY,
  remember: false,
};

type RenderRoutesOptions = {
  /** The URL to start at. Default '/'. */
  route?: string;
  settings?: BackendSettings;
};

/**
 * Where the test's router is (`router.state.location`, and how it got there), as React Router's
 * data routers say it, and `navigate` to go somewhere as a link would.
 */
export type TestRouter = {
  readonly state: { readonly location: Location; readonly historyAction: string };
  navigate: (to: string) => void;
};

/**
 * Renders a route table in the app's own router (HistoryRouter, AppRoutes) over a memory history,
 * inside the app's real providers, with a fresh QueryClient that never retries. Use it for
 * route-level tests (the app's `appRoutes`, or a stub).
 */
export function renderRoutes(routes: RouteObject[], options: RenderRoutesOptions = {}) {
  const { route = '/', settings = testSettings } = options;
  const queryClient = createQueryClient({ retry: false });
  const history = UNSAFE_createMemoryHistory({ initialEntries: [route], v5Compat: true });
  const router: TestRouter = {
    get state() {
      return { location: history.location, historyAction: history.action };
    },
    navigate: (to) => history.push(to),
  };
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} settings={settings}>
      <HistoryRouter history={history}>
        <AppRoutes routes={routes} />
      </HistoryRouter>
    </AppProviders>,
  );
  return { user, queryClient, router, ...result };
}

/** Where a test's navigation ended up, when it left the route under test. */
function NavigatedAway() {
  const location = useLocation();
  return <p data-testid="navigated-to">{`${location.pathname}${location.search}`}</p>;
}

/**
 * Renders one component at `path` (a route pattern, e.g. '/people/:id') reached through `route`
 * (a concrete URL, e.g. '/people/p1'). Links that leave the route land on a page showing the
 * new URL (`getByTestId('navigated-to')`); `router.state.location` tells it too.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: RenderRoutesOptions & { path?: string } = {},
) {
  const { path = '/', route = path, settings } = options;
  const routes: RouteObject[] = [{ path, element: ui }];
  if (path !== '*') routes.push({ path: '*', element: <NavigatedAway /> });
  return renderRoutes(routes, { route, settings });
}
