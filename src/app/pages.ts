import { lazyComponent } from '@/lib/lazy-component';

// Each page's code, loaded on its first visit (and ahead of it when the browser is idle), so
// the first screen only downloads what it shows. lazyComponent downloads a page again after a
// failed download, on Retry or when the browser comes back online (RouteBoundary).

export const boardPage = lazyComponent(
  async () => (await import('./routes/board-page')).TaskBoardPage,
);
export const taskEditorPage = lazyComponent(
  async () => (await import('./routes/task-editor-page')).TaskEditorPage,
);
export const queuePage = lazyComponent(async () => (await import('./routes/queue-page')).QueuePage);
export const linkedTasksPage = lazyComponent(
  async () => (await import('./routes/linked-tasks-page')).LinkedTasksPage,
);
export const recordListPage = lazyComponent(
  async () => (await import('./routes/record-list-page')).RecordListPage,
);
export const recordDetailPage = lazyComponent(
  async () => (await import('./routes/record-detail-page')).RecordDetailPage,
);
// My tasks comes through the board's chunk: a page of its own beside it would split the modules
// the two share into more chunks of the board's first load.
export const myTasksPage = lazyComponent(
  async () => (await import('./routes/board-page')).MyTasksRoute,
);
export const settingsPage = lazyComponent(
  async () => (await import('./routes/settings-page')).SettingsPage,
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
