import { describe, expect, it } from 'vitest';
import { DALIL_CAPABILITIES } from '@/backends/dalil/capabilities';
import {
  columnSort,
  DEFAULT_BOARD_FILTERS,
  parseBoardParams,
  writeBoardParams,
} from './board-params';

const member = '7a3c0a55-2b1e-4c3f-9d4e-0f1a2b3c4d5e';

describe('board params', () => {
  it('reads every filter and the sort from the URL', () => {
    const params = new URLSearchParams(
      `q=call&assignee=${member}&due=overdue&linked=company&sort=createdAt`,
    );
    expect(parseBoardParams(params)).toEqual({
      search: 'call',
      assignee: member,
      due: 'overdue',
      linked: 'company',
      sort: 'createdAt',
    });
  });

  it('ignores values it does not understand and falls back to the defaults', () => {
    const params = new URLSearchParams('assignee=bob&due=someday&linked=planet&sort=%27;drop');
    expect(parseBoardParams(params)).toEqual(DEFAULT_BOARD_FILTERS);
    expect(parseBoardParams(new URLSearchParams('assignee=unassigned')).assignee).toBe(
      'unassigned',
    );
  });

  it('writes only what differs from the defaults and keeps other params', () => {
    const start = new URLSearchParams('q=call&other=1');
    const next = writeBoardParams(start, { search: '', due: 'today', sort: 'dueAt' });
    expect(next.toString()).toBe('other=1&due=today');
    expect(start.toString()).toBe('q=call&other=1');
  });

  it('round-trips a view through the URL', () => {
    const view = { ...DEFAULT_BOARD_FILTERS, search: 'a, b & "c"', due: 'week' as const };
    const url = writeBoardParams(new URLSearchParams(), view).toString();
    expect(parseBoardParams(new URLSearchParams(url))).toEqual(view);
  });
});

describe('columnSort', () => {
  const dueOnly = { sortOptions: [{ sort: 'dueAt', direction: 'asc' }] } as const;

  it('lists Done most recently changed first under the default sort, the other columns by due date', () => {
    expect(columnSort('DONE', 'dueAt', DALIL_CAPABILITIES)).toBe('updatedAt');
    expect(columnSort('TODO', 'dueAt', DALIL_CAPABILITIES)).toBe('dueAt');
    expect(columnSort('IN_PROGRESS', 'dueAt', DALIL_CAPABILITIES)).toBe('dueAt');
  });

  it('keeps an explicit sort in every column, and due dates where the backend cannot sort by change', () => {
    expect(columnSort('DONE', 'createdAt', DALIL_CAPABILITIES)).toBe('createdAt');
    expect(columnSort('DONE', 'dueAt', dueOnly)).toBe('dueAt');
  });
});
