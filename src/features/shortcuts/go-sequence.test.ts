import { describe, expect, it } from 'vitest';
import { createGoSequence, GO_WINDOW_MS } from './go-sequence';

describe('g-sequences', () => {
  it('g then p is a go to People, and the p is consumed', () => {
    const sequence = createGoSequence();
    expect(sequence.read('g', 1000)).toEqual({ kind: 'pending' });
    expect(sequence.read('p', 1200)).toEqual({ kind: 'go', key: 'p' });
    // The sequence is over: a lone p is nothing.
    expect(sequence.read('p', 1300)).toEqual({ kind: 'none' });
  });

  it('forgets a g after the window, so a late c means c alone', () => {
    const sequence = createGoSequence();
    sequence.read('g', 1000);
    expect(sequence.read('c', 1000 + GO_WINDOW_MS + 1)).toEqual({ kind: 'none' });
  });

  it('a key that is no destination ends the sequence', () => {
    const sequence = createGoSequence();
    sequence.read('g', 0);
    expect(sequence.read('x', 10)).toEqual({ kind: 'none' });
    expect(sequence.read('t', 20)).toEqual({ kind: 'none' });
  });
});
