import { UNSAFE_createBrowserHistory, type RouteObject } from 'react-router-dom';
import { paths, routePatterns } from '@/config/paths';
import type { RecordKind } from '@/domain/types';
import { forgetMaskedPanelOnLoad } from '@/components/task-link';
import { AppLayout } from './layout/app-layout';
import { SessionGate } from './layout/session-gate';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-boundary';
import {
  boardPage,
  linkedTasksPage,
  myTasksPage,
  queuePage,
  recordDetailPage,
  recordListPage,
  settingsPage,
  taskEditorPage,
} from './pages';
import type { RouteHandle } from './route-handle';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import { isBoardPath } from './start-board-data';

/**
 * Starts downloading the board's code when the app opens on it (see main.tsx), and tells when
 * it is in (or failed: the page's boundary then shows the failure); null on other pages.
 */
export function preloadPageFor(pathname: string): Promise<void> | null {
  if (!isBoardPath(pathname)) return null;
  return boardPage.prefetch().then(
    () => undefined,
    () => undefined,
  );
}

function recordRoutes(kind: RecordKind): RouteObject[] {
  const titles = RECORD_KIND_LABELS[kind];
  const back = { to: paths.records(kind), label: `Back to ${titles.plural.toLowerCase()}` };
  return [
    {
      path: routePatterns.records(kind),
      handle: { title: titles.plural } satisfies RouteHandle,
      element: (
        <RouteBoundary>
          <recordListPage.Component kind={kind} />
        </RouteBoundary>
      ),
    },
    {
      path: routePatterns.record(kind),
      handle: { title: titles.singular } satisfies RouteHandle,
      element: (
        <RouteBoundary back={back}>
          <recordDetailPage.Component kind={kind} />
        </RouteBoundary>
      ),
    },
  ];
}

const board = (
  <RouteBoundary>
    <boardPage.Component />
  </RouteBoundary>
);

export const appRoutes: RouteObject[] = [
  {
    id: 'root',
    // A failure in the frame itself (the pages have their own boundary) still gets Retry.
    element: (
      <RouteBoundary>
        <SessionGate>
          <AppLayout />
        </SessionGate>
      </RouteBoundary>
    ),
    children: [
      {
        index: true,
        handle: { title: 'Tasks' } satisfies RouteHandle,
        element: board,
      },
      {
        path: routePatterns.tasks,
        handle: { title: 'Tasks' } satisfies RouteHandle,
        element: board,
      },
      {
        path: routePatterns.queue,
        handle: { title: 'Work through' } satisfies RouteHandle,
        element: (
          <RouteBoundary>
            <queuePage.Component />
          </RouteBoundary>
        ),
      },
      {
        // Opened from a page, a task shows as a panel over it (TaskLink); this is the URL on its own.
        path: routePatterns.task,
        handle: { title: 'Task' } satisfies RouteHandle,
        element: (
          <RouteBoundary>
            <taskEditorPage.Component />
          </RouteBoundary>
        ),
      },
      {
        path: routePatterns.linked,
        handle: { title: 'Contact' } satisfies RouteHandle,
        element: (
          <RouteBoundary>
            <linkedTasksPage.Component />
          </RouteBoundary>
        ),
      },
      {
        path: routePatterns.mine,
        handle: { title: 'My tasks' } satisfies RouteHandle,
        element: (
          <RouteBoundary>
            <myTasksPage.Component />
          </RouteBoundary>
        ),
      },
      ...recordRoutes('person'),
      ...recordRoutes('company'),
      ...recordRoutes('opportunity'),
      {
        path: routePatterns.settings,
        handle: { title: 'Settings' } satisfies RouteHandle,
        element: (
          <RouteBoundary>
            <settingsPage.Component />
          </RouteBoundary>
        ),
      },
      {
        path: '*',
        handle: { title: 'Page not found' } satisfies RouteHandle,
        element: <NotFoundPage />,
      },
    ],
  },
];

/** Call after `consumeKeyFragment()`: the history reads the address bar (see HistoryRouter). */
export function createAppHistory() {
  forgetMaskedPanelOnLoad();
  return UNSAFE_createBrowserHistory({ v5Compat: true });
}
