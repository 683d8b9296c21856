import { lazyComponent } from '@/lib/lazy-component';

// Each page's code, loaded on its first visit (and ahead of it when the browser is idle), so
// the first screen only downloads what it shows. lazyComponent downloads a page again after a
// failed download, on Retry or when the browser comes back online (RouteBoundary).

export const boardPage = lazyComponent(
  () => import('./routes/board-page'),
  (module) => module.TaskBoardPage,
);
export const taskEditorPage = lazyComponent(
  () => import('./routes/task-editor-page'),
  (module) => module.TaskEditorPage,
);
export const queuePage = lazyComponent(
  () => import('./routes/queue-page'),
  (module) => module.QueuePage,
);
export const linkedTasksPage = lazyComponent(
  () => import('./routes/linked-tasks-page'),
  (module) => module.LinkedTasksPage,
);
export const recordListPage = lazyComponent(
  () => import('./routes/record-list-page'),
  (module) => module.RecordListPage,
);
export const recordDetailPage = lazyComponent(
  () => import('./routes/record-detail-page'),
  (module) => module.RecordDetailPage,
);
// My tasks comes through the board's chunk: a page of its own beside it would split the modules
// the two share into more chunks of the board's first load.
export const myTasksPage = lazyComponent(
  () => import('./routes/board-page'),
  (module) => module.MyTasksRoute,
);
export const settingsPage = lazyComponent(
  () => import('./routes/settings-page'),
  (module) => module.SettingsPage,
);

/** The pages people open from the navigation and the board, in the order they are likely needed. */
const PREFETCHED = [boardPage, taskEditorPage, recordListPage, recordDetailPage, settingsPage];

/**
 * Downloads the main pages' code one after another. Called once the first page has settled, so
 * that a later visit draws at once and does not depend on the network still being there.
 */
export async function prefetchPages(): Promise<void> {
  for (const page of PREFETCHED) {
    // A failed download is tried again when the page is opened.
    await page.prefetch().catch(() => undefined);
  }
}
