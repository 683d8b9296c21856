import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { paths, routePatterns } from '@/config/paths';
import type { RecordKind } from '@/domain/types';
import { forgetMaskedPanelOnLoad } from '@/components/task-link';
import { AppLayout } from './layout/app-layout';
import { AppLoading } from './layout/app-loading';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';
import type { RouteHandle } from './route-handle';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import { isBoardPath } from './start-board-data';

// Feature pages are loaded on first visit, so the first screen only downloads what it shows.

const loadBoardPage = () => import('./routes/board-page');

const taskBoard = async () => {
  const { TaskBoardPage } = await loadBoardPage();
  return { element: <TaskBoardPage /> };
};

/** Starts downloading the board's code when the app opens on it (see main.tsx). */
export function preloadPageFor(pathname: string): void {
  if (isBoardPath(pathname)) void loadBoardPage().catch(() => undefined);
}

function recordRoutes(kind: RecordKind): RouteObject[] {
  const titles = RECORD_KIND_LABELS[kind];
  return [
    {
      path: routePatterns.records(kind),
      handle: { title: titles.plural } satisfies RouteHandle,
      errorElement: <RouteError />,
      lazy: async () => {
        const { RecordListPage } = await import('./routes/record-list-page');
        return { element: <RecordListPage kind={kind} /> };
      },
    },
    {
      path: routePatterns.record(kind),
      handle: { title: titles.singular } satisfies RouteHandle,
      errorElement: (
        <RouteError
          back={{ to: paths.records(kind), label: `Back to ${titles.plural.toLowerCase()}` }}
        />
      ),
      lazy: async () => {
        const { RecordDetailPage } = await import('./routes/record-detail-page');
        return { element: <RecordDetailPage kind={kind} /> };
      },
    },
  ];
}

export const appRoutes: RouteObject[] = [
  {
    id: 'root',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        index: true,
        handle: { title: 'Tasks' } satisfies RouteHandle,
        errorElement: <RouteError />,
        lazy: taskBoard,
      },
      {
        path: routePatterns.tasks,
        handle: { title: 'Tasks' } satisfies RouteHandle,
        errorElement: <RouteError />,
        lazy: taskBoard,
      },
      {
        // Opened from a page, a task shows as a panel over it (TaskLink); this is the URL on its own.
        path: routePatterns.task,
        handle: { title: 'Task' } satisfies RouteHandle,
        errorElement: <RouteError />,
        lazy: async () => {
          const { TaskEditorPage } = await import('./routes/task-editor-page');
          return { element: <TaskEditorPage /> };
        },
      },
      {
        path: routePatterns.linked,
        handle: { title: 'Contact' } satisfies RouteHandle,
        errorElement: <RouteError />,
        lazy: async () => {
          const { LinkedTasksPage } = await import('./routes/linked-tasks-page');
          return { element: <LinkedTasksPage /> };
        },
      },
      ...recordRoutes('person'),
      ...recordRoutes('company'),
      ...recordRoutes('opportunity'),
      {
        path: routePatterns.settings,
        handle: { title: 'Settings' } satisfies RouteHandle,
        errorElement: <RouteError />,
        lazy: async () => {
          const { SettingsPage } = await import('./routes/settings-page');
          return { element: <SettingsPage /> };
        },
      },
      {
        path: '*',
        handle: { title: 'Page not found' } satisfies RouteHandle,
        element: <NotFoundPage />,
      },
    ],
  },
];

/** Call after `consumeKeyFragment()`: the router reads the address bar when it is created. */
export function createAppRouter() {
  forgetMaskedPanelOnLoad();
  return createBrowserRouter(appRoutes);
}
