import { describe, expect, it } from 'vitest';
import { nextCard, type ColumnCards } from './board-nav';

const columns: ColumnCards[] = [
  { status: 'TODO', ids: ['t1', 't2', 't3'] },
  { status: 'IN_PROGRESS', ids: [] },
  { status: 'DONE', ids: ['d1'] },
];

describe('moving between cards', () => {
  it('j/k move down and up a column, and stop at its ends', () => {
    expect(nextCard(columns, { status: 'TODO', id: 't1' }, 'down')).toEqual({
      status: 'TODO',
      id: 't2',
    });
    expect(nextCard(columns, { status: 'TODO', id: 't2' }, 'up')).toEqual({
      status: 'TODO',
      id: 't1',
    });
    expect(nextCard(columns, { status: 'TODO', id: 't3' }, 'down')).toBeNull();
    expect(nextCard(columns, { status: 'TODO', id: 't1' }, 'up')).toBeNull();
  });

  it('h/l skip an empty column and land on the nearest row', () => {
    expect(nextCard(columns, { status: 'TODO', id: 't3' }, 'right')).toEqual({
      status: 'DONE',
      id: 'd1',
    });
    expect(nextCard(columns, { status: 'DONE', id: 'd1' }, 'left')).toEqual({
      status: 'TODO',
      id: 't1',
    });
    expect(nextCard(columns, { status: 'DONE', id: 'd1' }, 'right')).toBeNull();
  });

  it('with no card focused, any move starts at the first card', () => {
    expect(nextCard(columns, null, 'down')).toEqual({ status: 'TODO', id: 't1' });
    expect(nextCard([{ status: 'TODO', ids: [] }], null, 'down')).toBeNull();
  });
});
