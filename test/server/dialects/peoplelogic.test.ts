import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_TASK, PAGE_TASK_BODY } from '../../../src/backends/peoplelogic/page-examples.ts';
import { shapeMismatches } from '../../contract/wire-shape.ts';
import { bearer, KEY, openDialectServer, uuid, type Dialect, type Reply } from './harness.ts';

// The Peoplelogic dialect (contract/peoplelogic.md) over the seeded embedded database.

let s: Dialect;
let personId: string;
let companyId: string;
let opportunityId: string;

beforeAll(async () => {
  s = await openDialectServer();
  const first = async (table: string) =>
    (await s.db.query<{ id: string }>(`SELECT "id" FROM ${table} ORDER BY "id" LIMIT 1`))[0]!.id;
  personId = await first('people');
  companyId = await first('companies');
  opportunityId = await first('opportunities');
});
afterAll(() => s.db.close());

type Task = Record<string, unknown> & { id: string };
const post = (entity: string, body: unknown, headers = bearer) =>
  s.call('POST', `/api/v1/entity/${entity}/task`, { headers, body });
const patch = (entity: string, task: string, body: unknown) =>
  s.call('PATCH', `/api/v1/entity/${entity}/task/${task}`, { headers: bearer, body });
const get = (task: string) => s.call('GET', `/api/v1/task/${task}`, { headers: bearer });

async function created(entity: string, body: Record<string, unknown>): Promise<Task> {
  const reply = await post(entity, body);
  expect(reply.status, reply.text).toBe(201);
  return reply.body as Task;
}

function expectError(reply: Reply, status: number, words: RegExp) {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.body).toEqual({ error: expect.any(String), message: expect.any(String) });
  expect((reply.body as { message: string }).message).toMatch(words);
  expect(reply.text).not.toContain(KEY);
}

/** Tasks made through an API key have no member behind them. */
const API_MADE = { nullable: ['status.changedBy', 'created.createdBy'], extra: ['orderGroup'] };

const taskCount = async () =>
  Number((await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks'))[0]!.n);

describe('the page examples, host replaced by the embedded server', () => {
  it('POST creates the task on the entity and answers 201 shaped like the page', async () => {
    const reply = await post(personId, PAGE_TASK_BODY);
    expect(reply.status).toBe(201);
    expect(shapeMismatches(reply.body, PAGE_TASK, API_MADE)).toEqual([]);
    expect(reply.body).toMatchObject({
      name: 'text',
      description: 'text',
      dueDate: '2025-07-17',
      order: 1,
      orderGroup: PAGE_TASK_BODY.orderGroup,
      active: true,
      status: { current: 'not_started', changedBy: null },
      assignees: [],
      connectedTo: { entityId: personId, type: 'person' },
      notes: [],
      mappings: [],
    });
  });

  it('PATCH edits it and GET reads it, both shaped like the page', async () => {
    const task = await created(companyId, { name: 'Call back' });
    const edited = await patch(companyId, task.id, PAGE_TASK_BODY);
    expect(edited.status).toBe(200);
    expect(shapeMismatches(edited.body, PAGE_TASK, API_MADE)).toEqual([]);
    expect(edited.body).toMatchObject({ ...PAGE_TASK_BODY, id: task.id });
    const read = await get(task.id);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(edited.body);
  });

  it('GET of a seeded task fills every field the page shows', async () => {
    const [row] = await s.db.query<{ id: string }>(
      `SELECT t."id" FROM tasks t JOIN task_targets tt ON tt."taskId" = t."id"
       WHERE t."status" = 'DONE' AND t."assigneeId" IS NOT NULL AND t."dueAt" IS NOT NULL
         AND t."bodyV2Markdown" IS NOT NULL ORDER BY t."id" LIMIT 1`,
    );
    const reply = await get(row!.id);
    expect(reply.status).toBe(200);
    expect(shapeMismatches(reply.body, PAGE_TASK, { extra: ['orderGroup'] })).toEqual([]);
    expect(reply.body).toMatchObject({
      status: { current: 'completed', changedBy: expect.any(String) },
      assignees: [{ entityId: expect.any(String), entityType: 'user' }],
    });
  });
});

describe('creating a task', () => {
  it('links it to its one entity of any kind, visible through the Dalil API too', async () => {
    for (const [entity, type] of [
      [personId, 'person'],
      [companyId, 'company'],
      [opportunityId, 'opportunity'],
    ] as const) {
      const task = await created(entity.toUpperCase(), { name: `On a ${type}` });
      expect(task.connectedTo).toEqual({
        entityId: entity,
        type,
        organization: expect.any(String),
      });
      const dalil = await s.call('GET', `/rest/tasks/${task.id}?depth=1`, { headers: bearer });
      const targets = (dalil.body as { data: { task: { taskTargets: Record<string, unknown>[] } } })
        .data.task.taskTargets;
      expect(targets).toHaveLength(1);
      expect(targets[0]![`${type}Id`]).toBe(entity);
    }
  });

  it('stores the due date at 09:00 UTC and the order as the position', async () => {
    const task = await created(personId, { name: 'Dated', dueDate: '2026-02-28', order: 7 });
    const [row] = await s.db.query<{ dueAt: Date; position: number }>(
      'SELECT "dueAt", "position" FROM tasks WHERE "id" = $1',
      [task.id],
    );
    expect(row!.dueAt.toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(row!.position).toBe(7);
    // A description never written is "", as the page's example gives a string and Dalil stores.
    expect(task).toMatchObject({ dueDate: '2026-02-28', order: 7, description: '' });
  });

  it('makes the task and its relation in one transaction: no task is left when linking fails', async () => {
    await s.db.query(`CREATE FUNCTION refuse_link() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'linking refused by the test'; END $$`);
    await s.db.query(
      'CREATE TRIGGER refuse_link BEFORE INSERT ON task_targets FOR EACH ROW EXECUTE FUNCTION refuse_link()',
    );
    const before = await taskCount();
    const errors = console.error;
    console.error = () => undefined;
    try {
      const reply = await post(personId, { name: 'Never half made' });
      expect(reply.status).toBe(500);
      expect(reply.body).toEqual({
        error: 'Internal Server Error',
        message: 'Internal server error',
      });
    } finally {
      console.error = errors;
      await s.db.query('DROP TRIGGER refuse_link ON task_targets');
      await s.db.query('DROP FUNCTION refuse_link()');
    }
    expect(await taskCount()).toBe(before);
  });
});

describe('editing a task', () => {
  it('keeps the stored time of day when the due date changes, and clears with null', async () => {
    const task = await created(personId, { name: 'Timed' });
    await s.call('PATCH', `/rest/tasks/${task.id}`, {
      headers: bearer,
      body: { dueAt: '2026-04-01T15:30:00.000Z' },
    });
    const moved = await patch(personId, task.id, { name: 'Timed', dueDate: '2026-04-03' });
    expect(moved.body).toMatchObject({ dueDate: '2026-04-03' });
    const dueAt = async () =>
      (
        await s.db.query<{ dueAt: Date | null }>('SELECT "dueAt" FROM tasks WHERE "id" = $1', [
          task.id,
        ])
      )[0]!.dueAt;
    expect((await dueAt())!.toISOString()).toBe('2026-04-03T15:30:00.000Z');
    const cleared = await patch(personId, task.id, {
      name: 'Timed',
      dueDate: null,
      description: null,
      orderGroup: null,
    });
    expect(cleared.body).toMatchObject({ dueDate: null, description: null, orderGroup: null });
    expect(await dueAt()).toBeNull();
  });

  it('leaves fields that are not sent as they were', async () => {
    const task = await created(personId, {
      name: 'Keep',
      description: 'Body',
      dueDate: '2026-05-01',
      order: 3,
    });
    const edited = await patch(personId, task.id, { name: 'Kept' });
    expect(edited.body).toMatchObject({
      name: 'Kept',
      description: 'Body',
      dueDate: '2026-05-01',
      order: 3,
    });
  });

  it('shows a status change made elsewhere with when it happened, read-only here', async () => {
    const task = await created(personId, { name: 'Moves' });
    expect(task.status).toEqual({
      current: 'not_started',
      changedAt: (task.created as { createdAt: string }).createdAt,
      changedBy: null,
    });
    const before = Date.now();
    await s.call('PATCH', `/rest/tasks/${task.id}`, {
      headers: bearer,
      body: { status: 'IN_PROGRESS' },
    });
    const moved = (await get(task.id)).body as { status: { current: string; changedAt: string } };
    expect(moved.status.current).toBe('in_progress');
    expect(Date.parse(moved.status.changedAt)).toBeGreaterThanOrEqual(before - 1000);
    await s.call('PATCH', `/rest/tasks/${task.id}`, { headers: bearer, body: { status: 'DONE' } });
    expect(((await get(task.id)).body as { status: { current: string } }).status.current).toBe(
      'completed',
    );
    expectError(
      await patch(personId, task.id, { name: 'x', status: 'not_started' }),
      400,
      /status/,
    );
  });

  it('answers 404 when the task is not connected to the entity in the path', async () => {
    const task = await created(personId, { name: 'Mine' });
    expectError(await patch(companyId, task.id, { name: 'Theirs' }), 404, /not connected/);
    expect(((await get(task.id)).body as { name: string }).name).toBe('Mine');
  });
});

describe('refusals', () => {
  it('401 without the key, with a wrong one, or with another scheme', async () => {
    expectError(await post(personId, { name: 'x' }, {} as typeof bearer), 401, /Missing/);
    expectError(await s.call('GET', `/api/v1/task/${uuid(1)}`), 401, /Missing/);
    expectError(
      await post(personId, { name: 'x' }, { authorization: 'Bearer wrong' }),
      401,
      /Invalid/,
    );
    expectError(
      await post(personId, { name: 'x' }, { authorization: `Basic ${KEY}` }),
      401,
      /Invalid/,
    );
    expectError(
      await s.call('GET', `/api/v1/task/${uuid(1)}`, { headers: { 'x-rolodex-api-key': KEY } }),
      401,
      /Missing/,
    );
  });

  it.each([
    ['no body', undefined, /empty/],
    ['not JSON', '{name:', /not valid JSON/],
    ['an array', [{ name: 'x' }], /JSON object/],
    ['no name', { description: 'x' }, /'name' is required/],
    ['an empty name', { name: '  ' }, /non-empty/],
    ['a name that is not text', { name: 5 }, /non-empty string/],
    ['an unknown field', { name: 'x', title: 'y' }, /Unknown field 'title'/],
    ['a date-time for dueDate', { name: 'x', dueDate: '2025-07-17T10:00:00Z' }, /YYYY-MM-DD/],
    ['an impossible date', { name: 'x', dueDate: '2025-02-30' }, /YYYY-MM-DD/],
    ['a fractional order', { name: 'x', order: 1.5 }, /whole number/],
    ['an order as text', { name: 'x', order: '1' }, /whole number/],
    ['a huge order', { name: 'x', order: 2 ** 40 }, /whole number/],
    ['an orderGroup that is not a UUID', { name: 'x', orderGroup: 'abc' }, /UUID/],
    ['a description that is not text', { name: 'x', description: { a: 1 } }, /description/],
  ])('400 for %s, and nothing is created', async (_, body, words) => {
    const before = await taskCount();
    expectError(await post(personId, body), 400, words);
    expect(await taskCount()).toBe(before);
  });

  it('400 for a bad PATCH body, with the task unchanged', async () => {
    const task = await created(personId, { name: 'Stable' });
    expectError(
      await patch(personId, task.id, { dueDate: '2026-01-01' }),
      400,
      /'name' is required/,
    );
    expect(((await get(task.id)).body as { dueDate: unknown }).dueDate).toBeNull();
  });

  it('404 for an unknown or malformed entity or task, and for calls the page does not have', async () => {
    expectError(await post(uuid(42), { name: 'x' }), 404, /No entity/);
    expectError(await post('not-an-id', { name: 'x' }), 404, /No entity/);
    expectError(await get(uuid(42)), 404, /No task/);
    expectError(await get("x' OR 1=1 --"), 404, /No task/);
    expectError(await patch(personId, uuid(42), { name: 'x' }), 404, /No task/);
    const task = await created(personId, { name: 'Stays' });
    expectError(
      await s.call('DELETE', `/api/v1/task/${task.id}`, { headers: bearer }),
      404,
      /Cannot DELETE/,
    );
    expectError(await s.call('GET', '/api/v1/tasks', { headers: bearer }), 404, /Cannot GET/);
    expect((await get(task.id)).status).toBe(200);
  });

  it('413 for a body that is too large', async () => {
    expectError(
      await post(personId, { name: 'x', description: 'y'.repeat(70_000) }),
      413,
      /larger/,
    );
  });
});
