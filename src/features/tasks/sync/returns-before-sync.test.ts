import { afterEach, describe, expect, it } from 'vitest';
import { takeReturnBeforeSync, watchReturnsBeforeSync } from './returns-before-sync';

// A user who leaves the tab and comes back before the sync's code is in still gets the changes
// made meanwhile: the sync asks, once it starts, whether that happened.

function show(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  takeReturnBeforeSync();
  show('visible');
});

describe('returns before the tab sync starts', () => {
  it('tells of a return to the tab, once', () => {
    watchReturnsBeforeSync();
    show('hidden');
    show('visible');
    expect(takeReturnBeforeSync()).toBe(true);
    expect(takeReturnBeforeSync()).toBe(false);
  });

  it('tells nothing when the tab stayed in view, or is still hidden', () => {
    watchReturnsBeforeSync();
    show('visible');
    expect(takeReturnBeforeSync()).toBe(false);
    watchReturnsBeforeSync();
    show('hidden');
    expect(takeReturnBeforeSync()).toBe(false);
  });

  it('stops watching once asked', () => {
    watchReturnsBeforeSync();
    expect(takeReturnBeforeSync()).toBe(false);
    show('hidden');
    show('visible');
    expect(takeReturnBeforeSync()).toBe(false);
  });
});
