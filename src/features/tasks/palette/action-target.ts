import { matchPath, type Location } from 'react-router-dom';
import { panelTaskId } from '@/components/task-link';
import { routePatterns } from '@/config/paths';
import type { Task } from '@/domain/types';
import { OVERLAY_SELECTOR } from '@/lib/shortcut-event';

// What the palette's task actions act on: the bulk selection when there is one, else the focused
// task (a board card, a list row or a record's task row holding the keyboard focus, else the
// task open in the panel or as a page).

export type ActionTarget =
  | { taskIds: readonly string[]; source: 'focus' }
  /** The bulk selection: its tasks as the views hold them, run as one batch with progress. */
  | { taskIds: readonly string[]; source: 'selection'; tasks: readonly Task[] };

/** The selection when there is one (what the user chose on purpose), else the focused task. */
export function selectionTarget(selected: readonly Task[]): ActionTarget | null {
  return selected.length > 0
    ? { taskIds: selected.map((task) => task.id), source: 'selection', tasks: selected }
    : null;
}

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
