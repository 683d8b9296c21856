import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '@/backends/backend';
import { createDalilBackend } from '@/backends/dalil/dalil-backend';
import type { Task } from '@/domain/types';
import { openDb, type Db } from '../../../server/db.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';
import { createServer } from '../../../server/server.ts';
import { createRolodexBackend } from './rolodex-backend';

// The adapter against the real embedded server (in process, no port), compared with the Dalil
// view of the same seeded database.

const KEY = 'embedded-rolodex-key-3';
let db: Db;
let backend: Backend;
let dalil: Backend;
let fetchImpl: typeof fetch;

beforeAll(async () => {
  db = await openDb();
  await createSchema(db);
  await seed(db, { now: new Date() });
  const app = createServer({ db, apiKey: KEY });
  fetchImpl = (input, init) => Promise.resolve(app.request(String(input), init));
  backend = createRolodexBackend({ baseUrl: '', apiKey: KEY, fetch: fetchImpl });
  dalil = createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: KEY, fetch: fetchImpl });
}, 60_000);
afterAll(() => db.close());

async function all(direction: 'asc' | 'desc'): Promise<Task[]> {
  const tasks: Task[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Backend['listTasks']>> = await backend.listTasks({
      sort: 'dueAt',
      direction,
      cursor,
      limit: 35,
    });
    tasks.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return tasks;
}

describe('Rolodex adapter on the embedded server', () => {
  it('connects and counts the seeded tasks; a wrong key is reported as such', async () => {
    await expect(backend.testConnection()).resolves.toEqual({
      ok: true,
      summary: `Connected to ${window.location.origin}: found 120 tasks.`,
    });
    const wrong = createRolodexBackend({ baseUrl: '', apiKey: 'nope', fetch: fetchImpl });
    await expect(wrong.testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'unauthorized',
    });
  });

  it('pages through every task once, in due order either way, undated last', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const tasks = await all(direction);
      expect(tasks).toHaveLength(120);
      expect(new Set(tasks.map((t) => t.id)).size).toBe(120);
      const dated = tasks.map((t) => t.dueAt).filter((d): d is string => d !== null);
      const order = (a: string, b: string) =>
        direction === 'asc' ? Date.parse(a) - Date.parse(b) : Date.parse(b) - Date.parse(a);
      expect(dated).toEqual([...dated].sort(order));
      expect(tasks.slice(dated.length).every((t) => t.dueAt === null)).toBe(true);
    }
  });

  it('agrees with the Dalil view on titles, done-ness, assignee and people', async () => {
    const tasks = await all('asc');
    const sample = tasks.slice(0, 20);
    const fromDalil = new Map(
      (await dalil.getTasksByIds(sample.map((t) => t.id))).map((t) => [t.id, t]),
    );
    for (const task of sample) {
      const other = fromDalil.get(task.id)!;
      expect(task.title).toBe(other.title);
      expect(task.status).toBe(other.status === 'DONE' ? 'DONE' : 'TODO');
      expect(task.completedAt !== null).toBe(other.status === 'DONE');
      expect(task.assigneeId).toBe(other.assigneeId);
      const people = (other.targets ?? [])
        .filter((t) => t.target?.kind === 'person')
        .map((t) => t.target!.id);
      expect(task.linked!.map((l) => l.id).sort()).toEqual([...people].sort());
      expect(task.linked!.every((l) => l.kind === 'person' && l.label !== null)).toBe(true);
    }
    expect(tasks.some((t) => (t.tags?.length ?? 0) > 0)).toBe(true);
  });

  it('reads one task as the list shows it', async () => {
    const [first] = (await backend.listTasks({ sort: 'dueAt', limit: 1 })).items;
    await expect(backend.getTask(first!.id)).resolves.toEqual(first);
    await expect(backend.getTask('task_12345')).rejects.toMatchObject({ status: 404 });
  });
});
