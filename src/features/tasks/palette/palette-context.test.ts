import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_FILTERS } from '../board-params';
import { findActionTarget } from './action-target';
import { boardPrefill } from './new-task-prefill';
import { pageContext } from './page-context';

const MEMBER = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const at = (pathname: string, state: unknown = null, mask?: string) => ({
  pathname,
  state,
  ...(mask ? { mask: { pathname: mask, search: '', hash: '' } } : {}),
});

describe('what the palette acts on', () => {
  it('a focused card’s task, before the page’s open task', () => {
    document.body.innerHTML = `<article data-task-id="t1"><h3><a href="#">Call</a></h3></article>`;
    const link = document.querySelector('a');
    expect(findActionTarget(at('/tasks', { taskPanel: 't2' }, '/tasks/t2'), link)).toEqual({
      taskIds: ['t1'],
      source: 'focus',
    });
  });

  it('the task open in the panel, or as a page; nothing elsewhere', () => {
    expect(findActionTarget(at('/tasks', { taskPanel: 't2' }, '/tasks/t2'), null)?.taskIds).toEqual(
      ['t2'],
    );
    expect(findActionTarget(at('/tasks/t3'), null)?.taskIds).toEqual(['t3']);
    expect(findActionTarget(at('/people'), document.body)).toBeNull();
  });
});

describe('what "Create a task" starts from', () => {
  it('a record’s page: that record', () => {
    expect(pageContext('/companies/c1', '')).toEqual({
      kind: 'record',
      record: { kind: 'company', id: 'c1' },
    });
  });

  it('the board: its assignee and due-today filters, nothing for the others', () => {
    const page = pageContext('/tasks', `?assignee=${MEMBER}&due=today`);
    expect(page.kind).toBe('board');
    const now = new Date(2026, 11, 2, 9);
    if (page.kind !== 'board') return;
    expect(boardPrefill(page.filters, now)).toEqual({
      initialValues: { assigneeId: MEMBER, dueDate: '2026-12-02' },
    });
    expect(boardPrefill({ ...DEFAULT_BOARD_FILTERS, assignee: 'unassigned', due: 'week' })).toEqual(
      {},
    );
    expect(pageContext('/settings', '')).toEqual({ kind: 'other' });
  });
});
