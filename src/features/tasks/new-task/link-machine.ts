import type { RecordSummary } from '@/domain/types';

// The create-then-link workflow as a pure state machine. The Dalil API needs one request for
// the task and one per relation, so a run can end half done. The machine keeps the task's id
// and each relation's client-made id, so a retry re-sends only what failed, with the same ids
// (the server then answers "already exists" for anything that did land), and never a second task.

export type LinkStatus = 'pending' | 'sending' | 'linked' | 'failed' | 'skipped';

export type LinkResult = {
  target: RecordSummary;
  /** Made by the client once; every retry of this link re-sends it. */
  relationId: string;
  status: LinkStatus;
  /** Why it failed, in words for a person (the server's message). */
  error: string | null;
};

export type LinkPhase =
  | 'idle'
  | 'creating'
  | 'linking'
  | 'done'
  | 'links-failed'
  | 'create-failed'
  | 'deleting'
  | 'deleted';

export type LinkState = {
  phase: LinkPhase;
  /** The task's client-made id, from the first submit on; kept through failures. */
  taskId: string | null;
  links: LinkResult[];
  /** Relation ids sent in the current round (all links, or the failed ones on a retry). */
  round: string[];
  /** Set by cancel: no further link is sent; links not yet sent end as 'skipped'. */
  cancelled: boolean;
  /** Why the task could not be created or deleted. */
  error: string | null;
};

export type LinkEvent =
  | {
      type: 'submit';
      taskId: string;
      targets: readonly { target: RecordSummary; relationId: string }[];
    }
  | { type: 'task-created' }
  | { type: 'task-failed'; error: string }
  | { type: 'link-started'; relationId: string }
  | { type: 'link-succeeded'; relationId: string }
  | { type: 'link-failed'; relationId: string; error: string }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'keep' }
  | { type: 'delete' }
  | { type: 'deleted' }
  | { type: 'delete-failed'; error: string }
  | { type: 'reset' };

export const initialLinkState: LinkState = {
  phase: 'idle',
  taskId: null,
  links: [],
  round: [],
  cancelled: false,
  error: null,
};

const setLink = (state: LinkState, relationId: string, patch: Partial<LinkResult>): LinkResult[] =>
  state.links.map((link) => (link.relationId === relationId ? { ...link, ...patch } : link));

/** Once no link is waiting or in flight, the run is over: done, or some links did not land. */
function settle(state: LinkState): LinkState {
  const links = state.cancelled
    ? state.links.map((l) => (l.status === 'pending' ? { ...l, status: 'skipped' as const } : l))
    : state.links;
  if (links.some((l) => l.status === 'pending' || l.status === 'sending')) {
    return { ...state, links };
  }
  const allLinked = links.every((l) => l.status === 'linked');
  return { ...state, links, phase: allLinked ? 'done' : 'links-failed' };
}

export function linkReducer(state: LinkState, event: LinkEvent): LinkState {
  switch (event.type) {
    case 'submit': {
      // Only a fresh start or a failed create may submit; anything else is a double submit.
      if (state.phase !== 'idle' && state.phase !== 'create-failed') return state;
      return {
        phase: 'creating',
        // The create may have landed although its answer was lost: reuse its id.
        taskId: state.taskId ?? event.taskId,
        links: event.targets.map(({ target, relationId }) => ({
          target,
          relationId,
          status: 'pending',
          error: null,
        })),
        round: event.targets.map((t) => t.relationId),
        cancelled: false,
        error: null,
      };
    }
    case 'task-created':
      if (state.phase !== 'creating') return state;
      return settle({ ...state, phase: 'linking' });
    case 'task-failed':
      if (state.phase !== 'creating') return state;
      return { ...state, phase: 'create-failed', error: event.error, cancelled: false };
    case 'link-started':
      if (state.phase !== 'linking' || state.cancelled) return state;
      return { ...state, links: setLink(state, event.relationId, { status: 'sending' }) };
    case 'link-succeeded':
      if (state.phase !== 'linking') return state;
      return settle({
        ...state,
        links: setLink(state, event.relationId, { status: 'linked', error: null }),
      });
    case 'link-failed':
      if (state.phase !== 'linking') return state;
      return settle({
        ...state,
        links: setLink(state, event.relationId, { status: 'failed', error: event.error }),
      });
    case 'retry': {
      if (state.phase !== 'links-failed') return state;
      const again = state.links.filter((l) => l.status === 'failed' || l.status === 'skipped');
      const ids = new Set(again.map((l) => l.relationId));
      return {
        ...state,
        phase: 'linking',
        cancelled: false,
        error: null,
        round: [...ids],
        links: state.links.map((l) =>
          ids.has(l.relationId) ? { ...l, status: 'pending', error: null } : l,
        ),
      };
    }
    case 'cancel':
      if (state.phase === 'creating') return { ...state, cancelled: true };
      if (state.phase !== 'linking') return state;
      return settle({ ...state, cancelled: true });
    case 'keep':
      // The task stays with the links that did land; the others are dropped.
      if (state.phase !== 'links-failed') return state;
      return { ...state, phase: 'done' };
    case 'delete':
      if (state.phase !== 'links-failed') return state;
      return { ...state, phase: 'deleting', error: null };
    case 'deleted':
      if (state.phase !== 'deleting') return state;
      return { ...state, phase: 'deleted' };
    case 'delete-failed':
      if (state.phase !== 'deleting') return state;
      return { ...state, phase: 'links-failed', error: event.error };
    case 'reset':
      return initialLinkState;
  }
}

/** True while requests are (or may still be) on their way. */
export const isBusy = (state: LinkState): boolean =>
  state.phase === 'creating' || state.phase === 'linking' || state.phase === 'deleting';

/** A task exists on the server (it may still lack some of its links). */
export const taskExists = (state: LinkState): boolean =>
  state.phase === 'linking' ||
  state.phase === 'done' ||
  state.phase === 'links-failed' ||
  state.phase === 'deleting';

/** "Linking i of n": i counts the link being worked on now, within the current round. */
export function linkProgress(state: LinkState): { current: number; total: number } {
  const inRound = new Set(state.round);
  const round = state.links.filter((l) => inRound.has(l.relationId));
  const finished = round.filter((l) => l.status !== 'pending' && l.status !== 'sending').length;
  return { current: Math.min(finished + 1, round.length), total: round.length };
}

/** The next link to send, if the run may send one. */
export function nextPendingLink(state: LinkState): LinkResult | null {
  if (state.phase !== 'linking' || state.cancelled) return null;
  return state.links.find((l) => l.status === 'pending') ?? null;
}
