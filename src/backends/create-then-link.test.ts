import { describe, expect, it } from 'vitest';
import type { Task } from '@/domain/types';
import { createThenLink } from './create-then-link';

describe('createThenLink', () => {
  it('creates the task, links it with the client ids, and answers the task as it now is', async () => {
    const calls: string[] = [];
    const task: Task = {
      id: 't1',
      title: 'Call',
      bodyMarkdown: null,
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    const linked = { ...task, targets: [] };
    const result = await createThenLink(
      {
        createTask: async (input) => {
          calls.push(`task ${input.id} ${input.title}`);
          return task;
        },
        createTaskTarget: async ({ id, taskId, target }) => {
          calls.push(`link ${id} ${taskId} ${target.kind}:${target.id}`);
          return { id, taskId, target, createdAt: task.createdAt };
        },
        getTask: async (id) => {
          calls.push(`get ${id}`);
          return linked;
        },
      },
      {
        id: 't1',
        linkId: 'l1',
        target: { kind: 'person', id: 'p1' },
        title: 'Call',
        bodyMarkdown: null,
        status: 'TODO',
        dueAt: null,
        assigneeId: null,
      },
    );
    expect(calls).toEqual(['task t1 Call', 'link l1 t1 person:p1', 'get t1']);
    expect(result).toBe(linked);
  });
});
