import { describe, expect, it } from 'vitest';
import { ApiError } from '@/backends/api-error';
import type { Backend } from '@/backends/backend';
import type { RecordSummary, Task, TaskInput, TaskTarget } from '@/domain/types';
import {
  createLinkStore,
  deleteCreatedTask,
  retryFailedLinks,
  submitTaskWithLinks,
} from './run-link-workflow';

// The workflow against a scripted in-memory backend that behaves like Twenty: a create with an
// id that exists answers with what is stored, never a copy.

const input: TaskInput = {
  title: 'Call back',
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
};
const targets: RecordSummary[] = [
  { kind: 'person', id: 'p1', name: 'Ada Lovelace' },
  { kind: 'company', id: 'c1', name: 'Acme' },
  { kind: 'opportunity', id: 'o1', name: 'Big deal' },
  { kind: 'person', id: 'p2', name: 'Grace Hopper' },
];

type Script = {
  /** Targets (by record id) whose link fails on the given attempts (1-based). */
  failLinks?: Record<string, number[]>;
  failCreate?: number[];
  /** Called before each relation request; may wait to hold it in flight. */
  beforeLink?: (recordId: string) => Promise<void> | void;
};

function fakeBackend(script: Script = {}) {
  const tasks = new Map<string, Task>();
  const relations = new Map<string, TaskTarget>();
  const calls: string[] = [];
  const attempts = new Map<string, number>();
  let createAttempts = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const backend = {
    async createTask({ id, ...fields }: TaskInput & { id: string }) {
      calls.push(`createTask ${id}`);
      createAttempts += 1;
      if (script.failCreate?.includes(createAttempts)) {
        throw new ApiError(400, ['title must be shorter']);
      }
      const existing = tasks.get(id);
      if (existing) return existing;
      const task: Task = { id, ...fields, createdAt: '', updatedAt: '' };
      tasks.set(id, task);
      return task;
    },
    async updateTask(id: string, patch: Partial<TaskInput>) {
      calls.push(`updateTask ${id}`);
      const task = { ...tasks.get(id)!, ...patch };
      tasks.set(id, task);
      return task;
    },
    async deleteTask(id: string) {
      calls.push(`deleteTask ${id}`);
      tasks.delete(id);
      for (const [key, r] of relations) if (r.taskId === id) relations.delete(key);
    },
    async createTaskTarget({
      id,
      taskId,
      target,
    }: {
      id: string;
      taskId: string;
      target: { kind: 'person' | 'company' | 'opportunity'; id: string };
    }) {
      calls.push(`createTaskTarget ${id}`);
      const attempt = (attempts.get(target.id) ?? 0) + 1;
      attempts.set(target.id, attempt);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await script.beforeLink?.(target.id);
        await Promise.resolve();
        if (script.failLinks?.[target.id]?.includes(attempt)) {
          throw new ApiError(500, ['Injected fault']);
        }
        const relation = relations.get(id) ?? { id, taskId, target, createdAt: '' };
        relations.set(id, relation);
        return relation;
      } finally {
        inFlight -= 1;
      }
    },
  } as unknown as Backend;

  return { backend, tasks, relations, calls, maxInFlight: () => maxInFlight };
}

let counter = 0;
const makeId = () => `id-${++counter}`;

describe('runLinkWorkflow', () => {
  type Case = {
    name: string;
    script: Script;
    phase: string;
    linked: string[];
    failed: string[];
  };
  const cases: Case[] = [
    {
      name: 'all succeed',
      script: {},
      phase: 'done',
      linked: ['p1', 'c1', 'o1', 'p2'],
      failed: [],
    },
    {
      name: 'one link fails',
      script: { failLinks: { c1: [1] } },
      phase: 'links-failed',
      linked: ['p1', 'o1', 'p2'],
      failed: ['c1'],
    },
    {
      name: 'the task fails',
      script: { failCreate: [1] },
      phase: 'create-failed',
      linked: [],
      failed: [],
    },
  ];

  it.each(cases)('$name', async ({ script, phase, linked, failed }) => {
    const fake = fakeBackend(script);
    const store = createLinkStore();
    const state = await submitTaskWithLinks(fake.backend, store, input, targets, { makeId });
    expect(state.phase).toBe(phase);
    expect(state.links.filter((l) => l.status === 'linked').map((l) => l.target.id)).toEqual(
      linked,
    );
    expect(state.links.filter((l) => l.status === 'failed').map((l) => l.target.id)).toEqual(
      failed,
    );
    expect(fake.relations.size).toBe(linked.length);
    expect(fake.maxInFlight()).toBeLessThanOrEqual(3);
  });

  it('says why a link failed, in the server words', async () => {
    const fake = fakeBackend({ failLinks: { c1: [1] } });
    const store = createLinkStore();
    const state = await submitTaskWithLinks(fake.backend, store, input, targets, { makeId });
    expect(state.links.find((l) => l.target.id === 'c1')?.error).toMatch(/Injected fault/);
  });

  it('retries only the failed links, with their first ids, and never a second task', async () => {
    const fake = fakeBackend({ failLinks: { c1: [1], o1: [1, 2] } });
    const store = createLinkStore();
    const first = await submitTaskWithLinks(fake.backend, store, input, targets, { makeId });
    const failedIds = first.links.filter((l) => l.status === 'failed').map((l) => l.relationId);
    fake.calls.length = 0;

    const second = await retryFailedLinks(fake.backend, store);
    expect(fake.calls.sort()).toEqual(failedIds.map((id) => `createTaskTarget ${id}`).sort());
    expect(second.phase).toBe('links-failed'); // o1 fails twice
    expect(second.links.find((l) => l.target.id === 'o1')?.status).toBe('failed');

    const third = await retryFailedLinks(fake.backend, store);
    expect(third.phase).toBe('done');
    expect(fake.tasks.size).toBe(1);
    expect(fake.relations.size).toBe(4);
  });

  it('deletes the task after a partial failure', async () => {
    const fake = fakeBackend({ failLinks: { p2: [1] } });
    const store = createLinkStore();
    await submitTaskWithLinks(fake.backend, store, input, targets, { makeId });
    const state = await deleteCreatedTask(fake.backend, store);
    expect(state.phase).toBe('deleted');
    expect(fake.tasks.size).toBe(0);
    expect(fake.relations.size).toBe(0);
  });

  it('makes one task when submitted twice at once', async () => {
    const fake = fakeBackend();
    const store = createLinkStore();
    const [a, b] = await Promise.all([
      submitTaskWithLinks(fake.backend, store, input, targets, { makeId }),
      submitTaskWithLinks(fake.backend, store, input, targets, { makeId }),
    ]);
    expect(a.phase).toBe('done');
    expect(b.phase).toBe('creating'); // the second call saw a busy machine and did nothing
    expect(fake.calls.filter((c) => c.startsWith('createTask ')).length).toBe(1);
    expect(fake.tasks.size).toBe(1);
  });

  it('re-sends the same task id after a failed create, and updates it if the form changed', async () => {
    const fake = fakeBackend({ failCreate: [2] });
    const store = createLinkStore();
    // An earlier attempt whose answer was lost: the task exists under the draft's id.
    await fake.backend.createTask({ ...input, id: 'draft-task' });
    const state = await submitTaskWithLinks(
      fake.backend,
      store,
      { ...input, title: 'Call back on Monday' },
      [],
      { makeId, ids: { taskId: 'draft-task' } },
    );
    expect(state.phase).toBe('create-failed');
    const again = await submitTaskWithLinks(
      fake.backend,
      store,
      { ...input, title: 'Call back on Monday' },
      [],
      { makeId },
    );
    expect(again.phase).toBe('done');
    expect([...fake.tasks.keys()]).toEqual(['draft-task']);
    expect(fake.tasks.get('draft-task')?.title).toBe('Call back on Monday');
  });

  it('stops sending links after a cancel in the middle', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = createLinkStore();
    const fake = fakeBackend({
      beforeLink: (recordId) => (recordId === 'p1' ? gate : undefined),
    });
    const running = submitTaskWithLinks(fake.backend, store, input, targets, {
      makeId,
      concurrency: 1,
    });
    // Wait until p1's request is in flight, then cancel.
    await vi.waitFor(() =>
      expect(fake.calls.some((c) => c.startsWith('createTaskTarget'))).toBe(true),
    );
    store.dispatch({ type: 'cancel' });
    release();
    const state = await running;
    expect(fake.calls.filter((c) => c.startsWith('createTaskTarget')).length).toBe(1);
    expect(state.phase).toBe('links-failed');
    expect(state.links.map((l) => l.status)).toEqual(['linked', 'skipped', 'skipped', 'skipped']);
  });
});
