import { matchPath, type Location } from 'react-router-dom';
import { panelTaskId } from '@/components/task-link';
import { routePatterns } from '@/config/paths';
import { OVERLAY_SELECTOR } from '@/lib/shortcut-event';

// What the palette's task actions act on. Today that is the focused task: a board card (or a
// record's task row) holding the keyboard focus, else the task open in the panel or as a page.
// The bulk-selection work adds `source: 'selection'` with many ids; every action already takes
// a list, so it is one more way to build a target, not a change to the actions.

export type ActionTarget = {
  taskIds: readonly string[];
  source: 'focus' | 'selection';
};

/** The task whose card or row holds the focus, when it is on the page (not in a dialog). */
function focusedCardTask(active: Element | null): string | null {
  if (!active || active.closest(OVERLAY_SELECTOR)) return null;
  const card = active.closest<HTMLElement>('[data-task-id], [data-focus-task]');
  return card?.dataset.taskId ?? card?.dataset.focusTask ?? null;
}

/** Read as the palette opens, before the dialog takes the focus. */
export function findActionTarget(
  location: Pick<Location, 'pathname' | 'state' | 'mask'>,
  active: Element | null = document.activeElement,
): ActionTarget | null {
  const id =
    focusedCardTask(active) ??
    panelTaskId(location) ??
    matchPath(routePatterns.task, location.pathname)?.params.id ??
    null;
  return id ? { taskIds: [id], source: 'focus' } : null;
}
