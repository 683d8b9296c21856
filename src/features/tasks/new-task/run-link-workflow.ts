import type { Backend } from '@/backends/backend';
import { errorSummary } from '@/lib/describe-error';
import type { RecordSummary, Task, TaskInput } from '@/domain/types';
import {
  initialLinkState,
  linkReducer,
  nextPendingLink,
  type LinkEvent,
  type LinkState,
} from './link-machine';

// Drives the link machine against a Backend: the task first (with a client-made id), then one
// relation per target, a few at a time. The store is synchronous, so a second submit that
// arrives while the first runs sees a busy machine and does nothing.

/** How many relation requests may be in flight at once. */
export const LINK_CONCURRENCY = 3;

export type LinkStore = {
  getState: () => LinkState;
  dispatch: (event: LinkEvent) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createLinkStore(initial: LinkState = initialLinkState): LinkStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(event) {
      const next = linkReducer(state, event);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type WorkflowOptions = {
  concurrency?: number;
  makeId?: () => string;
  /** Ids from an earlier attempt (a restored draft): the same task and relations, never copies. */
  ids?: { taskId?: string | null; relationIds?: Readonly<Record<string, string>> };
};

export const targetKey = (target: Pick<RecordSummary, 'kind' | 'id'>) =>
  `${target.kind}:${target.id}`;

const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

/**
 * A re-sent create answers with the task as first stored; if the user changed the form since,
 * the stored task must be brought up to date.
 */
function differs(task: Task, input: TaskInput): boolean {
  return (
    task.title !== input.title ||
    (task.bodyMarkdown ?? '') !== (input.bodyMarkdown ?? '') ||
    task.status !== input.status ||
    task.assigneeId !== input.assigneeId ||
    !sameInstant(task.dueAt, input.dueAt)
  );
}

async function sendLinks(backend: Backend, store: LinkStore, concurrency: number): Promise<void> {
  const taskId = store.getState().taskId;
  if (!taskId) return;
  const worker = async () => {
    for (
      let next = nextPendingLink(store.getState());
      next;
      next = nextPendingLink(store.getState())
    ) {
      const { relationId, target } = next;
      store.dispatch({ type: 'link-started', relationId });
      try {
        await backend.createTaskTarget({
          id: relationId,
          taskId,
          target: { kind: target.kind, id: target.id },
        });
        store.dispatch({ type: 'link-succeeded', relationId });
      } catch (error) {
        store.dispatch({ type: 'link-failed', relationId, error: errorSummary(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

/** Creates the task, then links it to every target. A no-op while a run is under way. */
export async function submitTaskWithLinks(
  backend: Backend,
  store: LinkStore,
  input: TaskInput,
  targets: readonly RecordSummary[],
  options: WorkflowOptions = {},
): Promise<LinkState> {
  const { concurrency = LINK_CONCURRENCY, makeId = () => crypto.randomUUID(), ids } = options;
  const before = store.getState();
  if (before.phase !== 'idle' && before.phase !== 'create-failed') return before;

  store.dispatch({
    type: 'submit',
    taskId: ids?.taskId ?? makeId(),
    targets: targets.map((target) => ({
      target,
      relationId: ids?.relationIds?.[targetKey(target)] ?? makeId(),
    })),
  });
  const taskId = store.getState().taskId;
  if (!taskId) return store.getState();

  try {
    const task = await backend.createTask({ ...input, id: taskId });
    if (differs(task, input)) await backend.updateTask(taskId, input);
  } catch (error) {
    store.dispatch({ type: 'task-failed', error: errorSummary(error) });
    return store.getState();
  }
  store.dispatch({ type: 'task-created' });
  await sendLinks(backend, store, concurrency);
  return store.getState();
}

/** Re-sends only the links that failed (or were not sent), with their first ids. */
export async function retryFailedLinks(
  backend: Backend,
  store: LinkStore,
  options: Pick<WorkflowOptions, 'concurrency'> = {},
): Promise<LinkState> {
  if (store.getState().phase !== 'links-failed') return store.getState();
  store.dispatch({ type: 'retry' });
  await sendLinks(backend, store, options.concurrency ?? LINK_CONCURRENCY);
  return store.getState();
}

/** Deletes the task made by a run whose links did not all land (its relations go with it). */
export async function deleteCreatedTask(backend: Backend, store: LinkStore): Promise<LinkState> {
  const { phase, taskId } = store.getState();
  if (phase !== 'links-failed' || !taskId) return store.getState();
  store.dispatch({ type: 'delete' });
  try {
    await backend.deleteTask(taskId);
    store.dispatch({ type: 'deleted' });
  } catch (error) {
    store.dispatch({ type: 'delete-failed', error: errorSummary(error) });
  }
  return store.getState();
}
