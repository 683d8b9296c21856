import { paths } from '@/config/paths';

// `g` then a letter goes to a page, as in Linear and Gmail. The second key must follow within
// GO_WINDOW_MS, or the `g` is forgotten and the letter means what it means alone.

export const GO_WINDOW_MS = 1500;

export const GO_TARGETS = {
  t: { label: 'Tasks', to: () => paths.tasks() },
  p: { label: 'People', to: () => paths.records('person') },
  c: { label: 'Companies', to: () => paths.records('company') },
  o: { label: 'Opportunities', to: () => paths.records('opportunity') },
} as const;

export type GoKey = keyof typeof GO_TARGETS;

export type GoStep =
  /** The key starts a sequence and is consumed. */
  | { kind: 'pending' }
  /** The key ends a sequence: go there. */
  | { kind: 'go'; key: GoKey }
  /** Not part of a sequence: the key means what it means alone. */
  | { kind: 'none' };

function isGoKey(key: string): key is GoKey {
  return Object.hasOwn(GO_TARGETS, key);
}

/** Reads `g`-sequences one key at a time; `now` is in milliseconds. */
export function createGoSequence() {
  let startedAt: number | null = null;
  return {
    read(key: string, now: number): GoStep {
      const pending = startedAt !== null && now - startedAt <= GO_WINDOW_MS;
      startedAt = null;
      if (pending && isGoKey(key)) return { kind: 'go', key };
      if (key === 'g') {
        startedAt = now;
        return { kind: 'pending' };
      }
      return { kind: 'none' };
    },
    reset() {
      startedAt = null;
    },
  };
}
