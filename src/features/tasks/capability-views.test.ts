import { describe, expect, it } from 'vitest';
import type { BackendCapabilities } from '@/backends/backend';
import { DALIL_CAPABILITIES } from '@/backends/dalil/capabilities';
import { PEOPLELOGIC_CAPABILITIES } from '@/backends/peoplelogic/capabilities';
import { ROLODEX_CAPABILITIES } from '@/backends/rolodex/capabilities';
import {
  boardMode,
  canCreateFromBoard,
  createsOnTypedTarget,
  gathersLinkedTasks,
  newTaskPlan,
  statusLabel,
  usesFullEditor,
} from './capability-views';

// The screens each mix of abilities gets. The three real backends, and mixes no backend has
// yet, so a new backend lands on screens that offer only what it can do.

const views = (c: BackendCapabilities) => ({
  board: boardMode(c),
  fullEditor: usesFullEditor(c),
  newTaskOnBoard: canCreateFromBoard(c),
  createOnTypedTarget: createsOnTypedTarget(c),
  contactPages: gathersLinkedTasks(c),
});

describe('capability views', () => {
  it('gives each real backend its screens', () => {
    expect(views(DALIL_CAPABILITIES)).toEqual({
      board: 'columns',
      fullEditor: true,
      newTaskOnBoard: true,
      createOnTypedTarget: false,
      contactPages: false,
    });
    expect(views(ROLODEX_CAPABILITIES)).toEqual({
      board: 'one-list',
      fullEditor: false,
      newTaskOnBoard: false,
      createOnTypedTarget: false,
      contactPages: true,
    });
    expect(views(PEOPLELOGIC_CAPABILITIES)).toEqual({
      board: 'local',
      fullEditor: false,
      newTaskOnBoard: false,
      createOnTypedTarget: true,
      contactPages: false,
    });
  });

  it('handles mixes no backend has yet', () => {
    const readOnlyColumns = {
      ...DALIL_CAPABILITIES,
      canCreateTasks: false,
      canEditTasks: false,
      canChangeStatus: false,
    };
    expect(views(readOnlyColumns)).toMatchObject({
      board: 'columns',
      fullEditor: false,
      newTaskOnBoard: false,
    });
    expect(boardMode({ ...ROLODEX_CAPABILITIES, paging: 'none' })).toBe('local');
    expect(createsOnTypedTarget({ ...PEOPLELOGIC_CAPABILITIES, canCreateTasks: false })).toBe(
      false,
    );
  });

  it('names statuses in the backend’s own words when it has them', () => {
    expect(statusLabel(ROLODEX_CAPABILITIES, 'TODO')).toBe('Open');
    expect(statusLabel(ROLODEX_CAPABILITIES, 'DONE')).toBe('Completed');
    expect(statusLabel(DALIL_CAPABILITIES, 'DONE')).toBe('Done');
  });
});

describe('newTaskPlan', () => {
  it('makes one task per record where a task cannot hang on all the chosen ones', () => {
    expect(newTaskPlan(DALIL_CAPABILITIES, 3)).toBe('one-task');
    expect(newTaskPlan(PEOPLELOGIC_CAPABILITIES, 1)).toBe('one-per-record');
    expect(newTaskPlan(ROLODEX_CAPABILITIES, 1)).toBe('none');
    const twoEach = { ...DALIL_CAPABILITIES, maxTargetsPerTask: 2 };
    expect(newTaskPlan(twoEach, 2)).toBe('one-task');
    expect(newTaskPlan(twoEach, 3)).toBe('one-per-record');
  });
});
