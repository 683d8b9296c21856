import { describe, expect, it } from 'vitest';
import { clearDraft, draftContext, loadDraft, saveDraft, type TaskDraft } from './draft-store';
import { emptyTaskForm } from './task-form';

const draft: TaskDraft = {
  values: { ...emptyTaskForm, title: 'Half written' },
  targets: [{ kind: 'person', id: 'p1', name: 'Ada Lovelace' }],
  taskId: 't1',
  relationIds: { 'person:p1': 'r1' },
};

describe('draft store', () => {
  it('keeps one draft per context', () => {
    const board = draftContext(undefined);
    const ada = draftContext([{ kind: 'person', id: 'p1', name: 'Ada' }]);
    saveDraft(board, draft);
    expect(loadDraft(board)).toEqual(draft);
    expect(loadDraft(ada)).toBeNull();
    clearDraft(board);
    expect(loadDraft(board)).toBeNull();
  });

  it('names a selection by its records, whatever their order', () => {
    const a = { kind: 'person', id: 'p1', name: 'Ada' } as const;
    const b = { kind: 'company', id: 'c1', name: 'Acme' } as const;
    expect(draftContext([a, b])).toBe(draftContext([b, a]));
    expect(draftContext([])).toBe('board');
  });

  it('ignores a stored draft it cannot read', () => {
    sessionStorage.setItem('tasklink.new-task-draft:board', '{"values":{"title":1}}');
    expect(loadDraft('board')).toBeNull();
    sessionStorage.setItem('tasklink.new-task-draft:board', 'not json');
    expect(loadDraft('board')).toBeNull();
  });
});
