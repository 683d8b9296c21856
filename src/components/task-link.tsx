import { Link, useLocation, type LinkProps, type Location } from 'react-router-dom';
import { paths } from '@/config/paths';

// A task opened from a page shows as a panel over that page; the same URL opened on its own
// is a full page. The router stays on the page underneath (its "background location": same
// path and search, with the task in the history state) and the address bar shows the task's
// own URL through React Router's `mask`, the data-router form of the background-location
// pattern. The page underneath is the same route, so it stays mounted with its state.

const PANEL_STATE_KEY = 'taskPanel';

/** Marks links to a task, so that the editor's code can be fetched on the way to a click. */
export const TASK_LINK_ATTRIBUTE = 'data-task-link';

export type TaskPanelState = { [PANEL_STATE_KEY]: string };

/** The task whose panel is open over the current page, if any. */
export function panelTaskId(location: Pick<Location, 'state' | 'mask'>): string | null {
  if (!location.mask) return null;
  const state: unknown = location.state;
  if (typeof state !== 'object' || state === null) return null;
  const id = (state as Partial<TaskPanelState>)[PANEL_STATE_KEY];
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Where a link that opens `taskId` as a panel over `background` goes. */
export function taskPanelLink(
  background: Pick<Location, 'pathname' | 'search' | 'hash'>,
  taskId: string,
) {
  return {
    to: { pathname: background.pathname, search: background.search, hash: background.hash },
    state: { [PANEL_STATE_KEY]: taskId } satisfies TaskPanelState,
    mask: paths.task(taskId),
    // Same path as the page: without this the router would replace the entry, and Back would
    // not close the panel.
    replace: false,
  };
}

/** A link to a task: opens the task editor as a panel over the current page. */
export function TaskLink({
  taskId,
  ...props
}: Omit<LinkProps, 'to' | 'state' | 'mask' | 'replace'> & { taskId: string }) {
  const location = useLocation();
  return (
    <Link {...props} {...taskPanelLink(location, taskId)} {...{ [TASK_LINK_ATTRIBUTE]: '' }} />
  );
}

/**
 * A reload must show the URL's own page (the full task page), not the panel it was opened
 * as: the browser keeps the history entry's masked state across a reload, so it is dropped
 * before the router reads it.
 */
export function forgetMaskedPanelOnLoad(): void {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !('masked' in state)) return;
  if (!(state as { masked?: unknown }).masked) return;
  window.history.replaceState(null, '', window.location.href);
}
