import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tagsForTask } from '../../../server/dialects/rolodex/tag-schema.ts';
import {
  PAGE_LIST,
  PAGE_LIST_WITH_TAGS,
  PAGE_TASK,
} from '../../../src/backends/rolodex/page-examples.ts';
import { shapeMismatches } from '../../contract/wire-shape.ts';
import {
  bearer,
  KEY,
  openDialectServer,
  rolodexKey,
  uuid,
  type Dialect,
  type Reply,
} from './harness.ts';

// The Rolodex dialect (contract/rolodex.md) over the seeded embedded database.

let s: Dialect;
beforeAll(async () => {
  s = await openDialectServer();
});
afterAll(() => s.db.close());

type Task = {
  id: string;
  body: string;
  due_date: string | null;
  completed_at: string | null;
  updated_at: string;
  contacts: { id: string; full_name: string }[];
  tags?: { id: string; name: string }[];
};
type List = { pagination: { limit: number; offset: number; total: number }; data: Task[] };

const list = async (query = '') => {
  const reply = await s.call('GET', `/user-api/v1/tasks${query}`, { headers: rolodexKey });
  expect(reply.status, reply.text).toBe(200);
  return reply.body as List;
};
const one = (id: string, query = '') =>
  s.call('GET', `/user-api/v1/tasks/${id}${query}`, { headers: rolodexKey });

function expectError(reply: Reply, status: number, words: RegExp) {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.body).toEqual({ error: expect.any(String), message: expect.any(String) });
  expect((reply.body as { message: string }).message).toMatch(words);
  expect(reply.text).not.toContain(KEY);
}

/** Fields the page shows as null somewhere (a task with no assignee), plus the due date (a
 *  task may have none) and the image URLs, which the contract decides are null here. */
const NULLABLE = [
  'due_date',
  'assignee',
  'creator',
  'contacts[].image_url',
  'assignee.avatar_url',
  'creator.avatar_url',
].flatMap((field) => [`data[].${field}`, `data.${field}`]);

async function allTasks(order: string): Promise<Task[]> {
  const tasks: Task[] = [];
  for (let offset = 0; ; offset += 40) {
    const page = await list(`?limit=40&offset=${offset}&order_by=${order}`);
    tasks.push(...page.data);
    if (page.data.length < 40) return tasks;
  }
}

describe('the page examples, host replaced by the embedded server', () => {
  it('GET /user-api/v1/tasks answers the page envelope and task fields, without tags', async () => {
    const page = await list();
    expect(shapeMismatches(page, PAGE_LIST, { nullable: NULLABLE })).toEqual([]);
    expect(page.pagination).toEqual({ limit: 25, offset: 0, total: 120 });
    expect(page.data).toHaveLength(25);
    expect(page.data.some((t) => t.contacts.length > 0)).toBe(true);
  });

  it('GET /user-api/v1/tasks?include=tags adds the tags, as the page shows', async () => {
    const page = await list('?include=tags');
    expect(shapeMismatches(page, PAGE_LIST_WITH_TAGS, { nullable: NULLABLE })).toEqual([]);
    expect(page.data.every((t) => Array.isArray(t.tags))).toBe(true);
    expect(page.data.some((t) => (t.tags?.length ?? 0) > 0)).toBe(true);
  });

  it('GET /user-api/v1/tasks/:id?include=tags answers {data: task}', async () => {
    const first = (await list()).data[0]!;
    const reply = await one(first.id, '?include=tags');
    expect(reply.status).toBe(200);
    expect(
      shapeMismatches(reply.body, PAGE_TASK, { nullable: NULLABLE, extra: ['data.tags'] }),
    ).toEqual([]);
    expect(reply.body).toEqual({ data: { ...first, tags: expect.any(Array) } });
    const plain = await one(first.id);
    expect(plain.body).toEqual({ data: first });
  });
});

describe('listing', () => {
  it('sorts by due date either way with undated tasks last, and pages with no gap or overlap', async () => {
    for (const order of ['due_date:asc', 'due_date:desc']) {
      const tasks = await allTasks(order);
      expect(tasks).toHaveLength(120);
      expect(new Set(tasks.map((t) => t.id)).size).toBe(120);
      const dated = tasks.filter((t) => t.due_date !== null).map((t) => Date.parse(t.due_date!));
      const sorted = [...dated].sort((a, b) => (order.endsWith('asc') ? a - b : b - a));
      expect(dated).toEqual(sorted);
      expect(tasks.slice(dated.length).every((t) => t.due_date === null)).toBe(true);
      const undated = tasks.slice(dated.length).map((t) => t.id);
      expect(undated).toEqual([...undated].sort());
    }
    expect((await list()).data).toEqual((await list('?order_by=due_date:asc')).data);
  });

  it('answers an empty page past the end, with the total', async () => {
    const page = await list('?offset=500&limit=100');
    expect(page).toEqual({ pagination: { limit: 100, offset: 500, total: 120 }, data: [] });
  });

  it('shows done tasks as completed when they became done, and everything else as open', async () => {
    const rows = await s.db.query<{ id: string; status: string }>(
      'SELECT "id", "status" FROM tasks',
    );
    const status = new Map(rows.map((r) => [r.id, r.status]));
    for (const task of await allTasks('due_date:asc')) {
      expect(task.completed_at !== null, task.id).toBe(status.get(task.id) === 'DONE');
      if (task.completed_at) {
        expect(Date.parse(task.updated_at)).toBeGreaterThanOrEqual(Date.parse(task.completed_at));
      }
    }
    const open = (await allTasks('due_date:asc')).find((t) => t.completed_at === null)!;
    const before = Date.now();
    await s.call('PATCH', `/rest/tasks/${open.id}`, { headers: bearer, body: { status: 'DONE' } });
    const done = (await one(open.id)).body as { data: Task };
    expect(Date.parse(done.data.completed_at!)).toBeGreaterThanOrEqual(before - 1000);
    await s.call('PATCH', `/rest/tasks/${open.id}`, {
      headers: bearer,
      body: { status: 'IN_PROGRESS' },
    });
    expect(((await one(open.id)).body as { data: Task }).data.completed_at).toBeNull();
  });

  it("lists a task's people as its contacts, with full names", async () => {
    const task = (await allTasks('due_date:asc')).find((t) => t.contacts.length > 0)!;
    const people = await s.db.query<{ id: string; name: string }>(
      `SELECT p."id", p."nameFirstName" || ' ' || p."nameLastName" AS name FROM task_targets tt
       JOIN people p ON p."id" = tt."personId" WHERE tt."taskId" = $1`,
      [task.id],
    );
    expect(
      task.contacts
        .map((c) => ({ id: c.id, name: c.full_name }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(people.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('serves the seeded tags, chosen from the task id, and only through this dialect', async () => {
    const page = await list('?include=tags&limit=100');
    for (const task of page.data) {
      expect(task.tags!.map((t) => t.id)).toEqual([...tagsForTask(task.id)].sort());
    }
    const tagged = page.data.find((t) => (t.tags?.length ?? 0) > 0)!;
    const dalil = await s.call('GET', `/rest/tasks/${tagged.id}?depth=1`, { headers: bearer });
    expect(dalil.status).toBe(200);
    expect(dalil.text).not.toMatch(/tag_10\d/);
  });
});

describe('refusals', () => {
  it('401 without the key, with a wrong one, or with the Bearer header instead', async () => {
    expectError(await s.call('GET', '/user-api/v1/tasks'), 401, /Missing/);
    expectError(await s.call('GET', '/user-api/v1/tasks', { headers: bearer }), 401, /Missing/);
    expectError(
      await s.call('GET', '/user-api/v1/tasks', { headers: { 'x-rolodex-api-key': 'wrong' } }),
      401,
      /Invalid/,
    );
    expectError(
      await s.call('GET', `/user-api/v1/tasks/${uuid(1)}`, {
        headers: { 'x-rolodex-api-key': '' },
      }),
      401,
      /Invalid|Missing/,
    );
  });

  it.each([
    ['limit=0', /'limit'.*1 to 100/],
    ['limit=101', /'limit'/],
    ['limit=abc', /'limit'/],
    ['limit=2.5', /'limit'/],
    ['limit=-1', /'limit'/],
    ['offset=-1', /'offset'/],
    ['offset=x', /'offset'/],
    ['order_by=due_date', /'order_by' must be due_date:asc or due_date:desc/],
    ['order_by=created_at:asc', /'order_by'/],
    ['include=contacts', /'include' may only name 'tags'/],
    ['filter=x', /Unknown query parameter 'filter'/],
    ['limit=1&limit=2', /given 2 times/],
  ])('400 for ?%s', async (query, words) => {
    expectError(
      await s.call('GET', `/user-api/v1/tasks?${query}`, { headers: rolodexKey }),
      400,
      words,
    );
  });

  it('400 for a bad query on one task; 404 for an unknown or malformed id and unknown calls', async () => {
    const id = (await list()).data[0]!.id;
    expectError(await one(id, '?include=notes'), 400, /include/);
    expectError(await one(id, '?limit=1'), 400, /Unknown query parameter/);
    expectError(await one(uuid(77)), 404, /No task/);
    expectError(await one('task_12345'), 404, /No task/);
    expectError(
      await s.call('DELETE', `/user-api/v1/tasks/${id}`, { headers: rolodexKey }),
      404,
      /Cannot DELETE/,
    );
    expectError(
      await s.call('POST', '/user-api/v1/tasks', { headers: rolodexKey, body: {} }),
      404,
      /Cannot POST/,
    );
    expect((await one(id)).status).toBe(200);
  });
});
