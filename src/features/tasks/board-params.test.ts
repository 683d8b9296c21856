import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_FILTERS, parseBoardParams, writeBoardParams } from './board-params';

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
