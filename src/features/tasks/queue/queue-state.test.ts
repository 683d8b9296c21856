import { describe, expect, it } from 'vitest';
import {
  currentId,
  isFinished,
  readQueueState,
  settle,
  skippedIds,
  startQueue,
  tally,
} from './queue-state';

describe('the work-through queue', () => {
  it('goes through the tasks once, in order, whatever becomes of each', () => {
    let state = startQueue(['a', 'b', 'c', 'b']);
    expect(state.ids).toEqual(['a', 'b', 'c']);
    expect(currentId(state)).toBe('a');
    state = settle(state, 'done');
    expect(currentId(state)).toBe('b');
    state = settle(state, 'skipped');
    expect(currentId(state)).toBe('c');
    expect(isFinished(state)).toBe(false);
    state = settle(state, 'snoozed');
    expect(isFinished(state)).toBe(true);
    expect(currentId(state)).toBeNull();
    expect(tally(state)).toEqual({ done: 1, snoozed: 1, skipped: 1 });
    expect(skippedIds(state)).toEqual(['b']);
    // Nothing moves past the end.
    expect(settle(state, 'done')).toBe(state);
  });

  it('an empty view is finished at once', () => {
    const state = startQueue([]);
    expect(isFinished(state)).toBe(true);
    expect(tally(state)).toEqual({ done: 0, snoozed: 0, skipped: 0 });
  });

  it('resumes from history only what it wrote there', () => {
    const state = settle(startQueue(['a', 'b']), 'done');
    expect(readQueueState(structuredClone(state))).toEqual(state);
    expect(readQueueState(null)).toBeNull();
    expect(readQueueState({ ids: ['a'], index: 5, outcomes: {} })).toBeNull();
    expect(readQueueState({ ids: [1], index: 0, outcomes: {} })).toBeNull();
    expect(readQueueState({ ids: ['a'], index: 0, outcomes: { a: 'lost', z: 'done' } })).toEqual({
      ids: ['a'],
      index: 0,
      outcomes: {},
    });
  });
});
