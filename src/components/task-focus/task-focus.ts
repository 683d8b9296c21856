// Where the keyboard focus goes after an action that removes or moves the focused element: a
// status change moves the card to another column (a new element), closing the task panel leaves
// the page it opened over, a create adds a card. The element to focus may not exist yet (the
// cache is updated after an await) or may be outside a virtualised column's window, so a
// request is kept until the element is drawn: columns that hold the task scroll it into view,
// and the request is retried on each animation frame for a short while.

/** The parts of a task's card or row that take focus; elements carry them as data attributes. */
export type TaskFocusPart = 'status' | 'grip' | 'title' | 'due' | 'assignee';

export const FOCUS_TASK_ATTRIBUTE = 'data-focus-task';
export const FOCUS_PART_ATTRIBUTE = 'data-focus-part';

export type TaskFocusRequest = {
  taskId: string;
  part: TaskFocusPart;
  /** Only an element inside this (a CSS selector) will do, e.g. the card's new column. */
  within?: string;
  /** Focused when the task's element never shows (it is not in any loaded page). */
  fallback?: () => HTMLElement | null;
};

/** How long a request waits for its element: a status change waits for the server's answer
 *  only when the cache cannot place the card, and such a wait ends in the fallback. */
const WAIT_MS = 4000;
/** Lost this long while the element is on its way, the focus waits on the fallback instead of
 *  <body>, so a keyboard user is never sent back to the top of the page. */
const LOST_MS = 300;
/** Frames after focusing in which a late focus restore (a closing dialog's) is overridden. */
const HOLD_FRAMES = 6;

type Listener = () => void;

let current: TaskFocusRequest | null = null;
const listeners = new Set<Listener>();

function setCurrent(request: TaskFocusRequest | null) {
  current = request;
  for (const listener of listeners) listener();
}

/** The pending request, for the columns that may have to scroll its card into view. */
export function pendingTaskFocus(): TaskFocusRequest | null {
  return current;
}

export function subscribeTaskFocus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function findTarget(request: TaskFocusRequest): HTMLElement | null {
  const selector = `[${FOCUS_TASK_ATTRIBUTE}="${CSS.escape(request.taskId)}"][${FOCUS_PART_ATTRIBUTE}="${request.part}"]`;
  const scope = request.within ? `${request.within} ${selector}` : selector;
  for (const element of document.querySelectorAll<HTMLElement>(scope)) {
    // An element of a closing dialog's inert background cannot take focus yet.
    if (element.isConnected && !element.closest('[inert]')) return element;
  }
  return null;
}

/** Nothing useful has focus: the focus was dropped with a removed element. */
const focusIsLost = () =>
  document.activeElement === null ||
  document.activeElement === document.body ||
  !document.activeElement.isConnected;

/**
 * Whether the focus may be moved: it was lost, or is still where the action left it (the
 * element focused when asking, another part of the same task, or the fallback). A user who has
 * gone on elsewhere while the card was on its way keeps the focus there.
 */
function mayTakeFocus(request: TaskFocusRequest, start: Element | null): boolean {
  if (focusIsLost()) return true;
  const active = document.activeElement;
  if (active === start) return true;
  if (active?.closest(`[${FOCUS_TASK_ATTRIBUTE}="${CSS.escape(request.taskId)}"]`)) return true;
  return active !== null && active === request.fallback?.();
}

/**
 * Moves the focus to a task's card or row once it is drawn (within a few frames, or after the
 * server's answer). A later request replaces an earlier one.
 */
export function focusTask(request: TaskFocusRequest): void {
  setCurrent(request);
  const started = performance.now();
  const start = document.activeElement;
  let held = 0;
  let focused: HTMLElement | null = null;

  const step = () => {
    if (current !== request) return;
    if (focused) {
      // A dialog closing after us hands the focus back to its opener, which may be gone.
      if (document.activeElement !== focused && focusIsLost() && focused.isConnected) {
        focused.focus({ preventScroll: true });
      }
      held += 1;
      if (held >= HOLD_FRAMES) setCurrent(null);
      else requestAnimationFrame(step);
      return;
    }
    const target = findTarget(request);
    if (target && !mayTakeFocus(request, start)) {
      setCurrent(null);
      return;
    }
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      focused = target;
      requestAnimationFrame(step);
      return;
    }
    const waited = performance.now() - started;
    if (waited > LOST_MS && focusIsLost()) request.fallback?.()?.focus({ preventScroll: true });
    if (waited > WAIT_MS) {
      setCurrent(null);
      if (focusIsLost()) request.fallback?.()?.focus();
      return;
    }
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** Drops a pending request (tests; a page that unmounts). */
export function cancelTaskFocus(): void {
  setCurrent(null);
}
