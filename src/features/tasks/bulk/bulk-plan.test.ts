import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/backends/api-error';
import type { Backend } from '@/backends/backend';
import { DALIL_CAPABILITIES } from '@/backends/dalil/capabilities';
import type { Task, TaskTarget } from '@/domain/types';
import { planBulk } from './bulk-plan';

// Each bulk write is safe to send twice, and each undo puts back the task's own earlier value.

const task = (id: string, over: Partial<Task> = {}): Task => ({
  id,
  title: id,
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  targets: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

function fakeBackend(over: Partial<Backend> = {}) {
  const updateTask = vi.fn(async (id: string, patch: object) => ({ ...task(id), ...patch }));
  const createTaskTarget = vi.fn(
    async (input: { id: string; taskId: string; target: TaskTarget['target'] }) =>
      ({ ...input, createdAt: '' }) satisfies TaskTarget,
  );
  const backend = {
    kind: 'embedded',
    capabilities: DALIL_CAPABILITIES,
    updateTask,
    createTaskTarget,
    deleteTaskTarget: vi.fn(async () => undefined),
    deleteTask: vi.fn(async () => undefined),
    ...over,
  } as unknown as Backend;
  return Object.assign(backend, { mocks: { updateTask, createTaskTarget } });
}

describe('planBulk', () => {
  it('a link retried after a lost answer re-sends the same relation id', async () => {
    const backend = fakeBackend();
    const plan = planBulk(
      { kind: 'link', record: { kind: 'company', id: 'c1', name: 'Acme' } },
      [task('t1'), task('t2')],
      backend,
      new QueryClient(),
    );
    await plan.write('t1');
    await plan.write('t1');
    const [first, second] = backend.mocks.createTaskTarget.mock.calls.map(([input]) => input.id);
    expect(first).toBe(second);
    await plan.write('t2');
    expect(backend.mocks.createTaskTarget.mock.calls[2]?.[0].id).not.toBe(first);
  });

  it('sends no link for a task already linked to the record', async () => {
    const backend = fakeBackend();
    const linked = task('t1', {
      targets: [{ id: 'r1', taskId: 't1', target: { kind: 'company', id: 'c1' }, createdAt: '' }],
    });
    const plan = planBulk(
      { kind: 'link', record: { kind: 'company', id: 'c1', name: 'Acme' } },
      [linked],
      backend,
      new QueryClient(),
    );
    expect(await plan.write('t1')).toEqual({ note: 'Already linked' });
    expect(backend.mocks.createTaskTarget).not.toHaveBeenCalled();
  });

  it('counts a delete that finds the task gone as done', async () => {
    const backend = fakeBackend({
      deleteTask: vi.fn(async () => {
        throw new ApiError(404, ['Record not found']);
      }),
    });
    const plan = planBulk({ kind: 'delete' }, [task('t1')], backend, new QueryClient());
    await expect(plan.write('t1')).resolves.toBeUndefined();
  });

  it('sets absolute values, skips tasks that have them, and Undo puts back each task’s own', async () => {
    const backend = fakeBackend();
    const plan = planBulk(
      { kind: 'status', status: 'DONE' },
      [
        task('t1', { status: 'TODO' }),
        task('t2', { status: 'IN_PROGRESS' }),
        task('t3', { status: 'DONE' }),
      ],
      backend,
      new QueryClient(),
    );
    for (const id of ['t1', 't2', 't3']) await plan.write(id);
    expect(backend.mocks.updateTask.mock.calls).toEqual([
      ['t1', { status: 'DONE' }],
      ['t2', { status: 'DONE' }],
    ]);
    for (const id of ['t1', 't2', 't3']) await plan.undo?.(id);
    // And a second Undo (an older toast's) writes nothing more.
    for (const id of ['t1', 't2', 't3']) await plan.undo?.(id);
    expect(backend.mocks.updateTask.mock.calls.slice(2)).toEqual([
      ['t1', { status: 'TODO' }],
      ['t2', { status: 'IN_PROGRESS' }],
    ]);
  });
});
