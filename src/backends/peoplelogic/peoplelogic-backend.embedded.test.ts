import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '@/backends/backend';
import { NotSupportedError } from '@/backends/not-supported';
import { createDalilBackend } from '@/backends/dalil/dalil-backend';
import { openDb, type Db } from '../../../server/db.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';
import { createServer } from '../../../server/server.ts';
import { createPeoplelogicBackend } from './peoplelogic-backend';

// The adapter against the real embedded server (in process, no port): what it sends must mean
// on the server's Peoplelogic dialect what the adapter thinks, and the Dalil view of the same
// database must agree.

const KEY = 'embedded-peoplelogic-key-9';
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
  backend = createPeoplelogicBackend({ baseUrl: '', apiKey: KEY, fetch: fetchImpl });
  dalil = createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: KEY, fetch: fetchImpl });
}, 60_000);
afterAll(() => db.close());

const newTask = (entity: string) => ({
  id: crypto.randomUUID(),
  linkId: crypto.randomUUID(),
  target: { kind: 'company' as const, id: entity },
  title: 'Quarterly review',
  bodyMarkdown: 'Bring the numbers',
  status: 'TODO' as const,
  dueAt: null,
  dueDate: '2026-07-01',
  assigneeId: null,
});

describe('Peoplelogic adapter on the embedded server', () => {
  it('connects with the key and reports a wrong one', async () => {
    await expect(backend.testConnection()).resolves.toMatchObject({ ok: true });
    const wrong = createPeoplelogicBackend({ baseUrl: '', apiKey: 'nope', fetch: fetchImpl });
    await expect(wrong.testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'unauthorized',
    });
  });

  it('creates a task on a company, which the Dalil view sees with its one relation', async () => {
    const company = (await dalil.listRecords('company', { limit: 1 })).items[0]!;
    const made = await backend.createTaskOnTarget(newTask(company.id));
    expect(made).toMatchObject({
      title: 'Quarterly review',
      bodyMarkdown: 'Bring the numbers',
      status: 'TODO',
      dueDate: '2026-07-01',
      dueAt: null,
      linked: [{ kind: 'company', id: company.id, label: null }],
      notes: [],
      statusChange: { changedAt: made.createdAt, changedById: null },
    });
    const seen = await dalil.getTask(made.id);
    expect(seen.targets?.map((t) => t.target)).toEqual([{ kind: 'company', id: company.id }]);
    expect(seen.dueAt).toBe('2026-07-01T09:00:00.000Z');
  });

  it('edits name, body and due date, and reads back what it wrote', async () => {
    const company = (await dalil.listRecords('company', { limit: 1 })).items[0]!;
    const made = await backend.createTaskOnTarget(newTask(company.id));
    const edited = await backend.updateTask(made.id, { dueDate: '2026-07-09' });
    expect(edited).toMatchObject({ title: 'Quarterly review', dueDate: '2026-07-09' });
    const renamed = await backend.updateTask(made.id, {
      title: 'Annual review',
      bodyMarkdown: null,
    });
    expect(renamed).toMatchObject({
      title: 'Annual review',
      bodyMarkdown: null,
      dueDate: '2026-07-09',
    });
    expect(await backend.getTask(made.id)).toEqual(renamed);
  });

  it('shows a status changed elsewhere, with when, and cannot change it itself', async () => {
    const company = (await dalil.listRecords('company', { limit: 1 })).items[0]!;
    const made = await backend.createTaskOnTarget(newTask(company.id));
    await dalil.updateTask(made.id, { status: 'DONE' });
    const done = await backend.getTask(made.id);
    expect(done.status).toBe('DONE');
    expect(Date.parse(done.statusChange!.changedAt)).toBeGreaterThanOrEqual(
      Date.parse(made.createdAt),
    );
    await expect(backend.updateTask(made.id, { status: 'TODO' })).rejects.toBeInstanceOf(
      NotSupportedError,
    );
  });

  it('reads seeded tasks by id, leaving out unknown ones', async () => {
    const seeded = (await dalil.listTasks({ sort: 'createdAt', limit: 3 })).items;
    const ids = [...seeded.map((t) => t.id), crypto.randomUUID()];
    const found = await backend.getTasksByIds(ids);
    expect(found.map((t) => t.id)).toEqual(seeded.map((t) => t.id));
    expect(found.map((t) => t.title)).toEqual(seeded.map((t) => t.title));
  });

  it('reports an unknown entity as a 404 and creates nothing', async () => {
    const before = (await dalil.listTasks({ sort: 'createdAt', limit: 1 })).totalCount;
    await expect(backend.createTaskOnTarget(newTask(crypto.randomUUID()))).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/No entity/),
    });
    expect((await dalil.listTasks({ sort: 'createdAt', limit: 1 })).totalCount).toBe(before);
  });
});
