import { describe, expect, it } from 'vitest';
import type { Task } from '@/domain/types';
import { changesSomething, undoPatch } from './field-undo';

const before: Task = {
  id: 't1',
  title: 'Call Ada',
  bodyMarkdown: 'Notes',
  status: 'TODO',
  dueAt: '2026-12-03T10:00:00.000Z',
  assigneeId: 'm1',
  assignee: { id: 'm1', name: 'Grace Hopper' },
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('undoPatch', () => {
  it('puts back exactly the fields the edit changed, cleared values included', () => {
    expect(undoPatch(before, { title: '' }).patch).toEqual({ title: 'Call Ada' });
    expect(undoPatch(before, { dueAt: null }).patch).toEqual({ dueAt: before.dueAt });
    expect(undoPatch(before, { bodyMarkdown: null }).patch).toEqual({ bodyMarkdown: 'Notes' });
  });

  it('gives the previous assignee back with its name, so the card shows it at once', () => {
    const undo = undoPatch(before, { assigneeId: null });
    expect(undo.patch).toEqual({ assigneeId: 'm1' });
    expect(undo.assignee).toEqual(before.assignee);
    // The change is undone from the task as the edit left it.
    expect(undo.task.assigneeId).toBeNull();
  });

  it('sees a save of the same value as no change (no toast, no Undo)', () => {
    expect(changesSomething(before, { title: 'Call Ada' })).toBe(false);
    expect(changesSomething(before, { title: 'Call Ada Lovelace' })).toBe(true);
  });
});
