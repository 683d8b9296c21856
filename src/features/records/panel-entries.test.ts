import { describe, expect, it } from 'vitest';
import type { Task, TaskTarget } from '@/domain/types';
import { buildEntries, groupByStatus } from './panel-entries';

const target = (id: string, taskId: string): TaskTarget => ({
  id,
  taskId,
  target: { kind: 'company', id: 'c1' },
  createdAt: '2026-01-01T00:00:00Z',
});
const task = (id: string, status: Task['status'], dueAt: string | null, title = id): Task => ({
  id,
  title,
  bodyMarkdown: null,
  status,
  dueAt,
  assigneeId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('buildEntries', () => {
  it('keeps direct relations and marks tasks reached only through people and opportunities', () => {
    const entries = buildEntries(
      [target('r1', 't1')],
      [
        {
          kind: 'person',
          id: 'p1',
          name: 'Ada Lovelace',
          taskTargets: [target('r2', 't1'), target('r3', 't2')],
        },
        { kind: 'opportunity', id: 'o1', name: 'Big deal', taskTargets: [target('r4', 't2')] },
      ],
    );
    expect(entries).toEqual([
      {
        taskId: 't1',
        direct: target('r1', 't1'),
        via: [{ kind: 'person', id: 'p1', name: 'Ada Lovelace' }],
      },
      {
        taskId: 't2',
        direct: null,
        via: [
          { kind: 'person', id: 'p1', name: 'Ada Lovelace' },
          { kind: 'opportunity', id: 'o1', name: 'Big deal' },
        ],
      },
    ]);
  });

  it('shows a task linked twice to the same record once', () => {
    expect(buildEntries([target('r1', 't1'), target('r2', 't1')])).toHaveLength(1);
  });
});

describe('groupByStatus', () => {
  it('groups by status, treats no status as To do, sorts by due date with undated last', () => {
    const tasks = new Map(
      [
        task('a', 'TODO', null),
        task('b', null, '2026-02-01T00:00:00Z'),
        task('c', 'DONE', null),
        task('d', 'TODO', '2026-01-01T00:00:00Z'),
      ].map((t) => [t.id, t]),
    );
    const entries = ['a', 'b', 'c', 'd', 'missing'].map((taskId) => ({
      taskId,
      direct: null,
      via: [],
    }));
    const groups = groupByStatus(entries, tasks);
    expect(groups.map((g) => [g.status, g.items.map((i) => i.taskId)])).toEqual([
      ['TODO', ['d', 'b', 'a']],
      ['IN_PROGRESS', []],
      ['DONE', ['c']],
    ]);
  });
});
