import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/backends/api-error';
import type { Backend } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { createApi } from '../../../server/api.ts';
import { openDb, type Db } from '../../../server/db.ts';
import { createSchema } from '../../../server/schema.ts';
import { seed } from '../../../server/seed/seed.ts';
import { createDalilBackend } from './dalil-backend';

// The adapter against the real embedded server and database (in process, no port), with the
// seeded demo workspace: the filters, cursors and writes must mean on the server what the
// adapter thinks they mean.

const KEY = 'embedded-test-key-42';
const now = new Date();
let db: Db;
let backend: Backend;
let fetchCount = 0;
const refused: string[] = [];

// What the stricter twin refuses because real Twenty silently misbehaves there (a cursor after a
// page sorted by a nullable or composite key, a plain id as a cursor, a bracket inside a quoted
// value, `startsWith`, lower-case `is:null`), checked here too so that this adapter is held to
// it whichever server build the test runs against.
const NULLABLE_SORT = /(^|,)(dueAt|name|position|title|status|closeDate|amount)[.[]/;
function bracketInQuotes(filter: string): boolean {
  let quote: string | null = null;
  for (const char of filter) {
    if (quote === null && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = null;
    else if (quote !== null && (char === '(' || char === ')')) return true;
  }
  return false;
}

function strictRefusal(url: URL): string | null {
  const params = url.searchParams;
  const after = params.get('starting_after');
  const order = params.get('order_by') ?? '';
  const filter = params.get('filter') ?? '';
  if (after !== null && NULLABLE_SORT.test(order)) return `cursor after order_by=${order}`;
  if (after !== null && /^[0-9a-f-]{36}$/i.test(after)) return 'a plain id as a cursor';
  if (bracketInQuotes(filter)) return 'a bracket inside a quoted value';
  if (/\[startsWith\]|\[is\]:null/.test(filter)) return 'startsWith or lower-case is:null';
  return null;
}

beforeAll(async () => {
  db = await openDb();
  await createSchema(db);
  await seed(db, { now });
  const app = createApi({ db, apiKey: KEY });
  const fetchImpl: typeof fetch = (input, init) => {
    fetchCount++;
    const problem = strictRefusal(new URL(String(input), 'http://localhost'));
    if (problem) {
      refused.push(problem);
      return Promise.resolve(Response.json({ messages: [problem] }, { status: 400 }));
    }
    return Promise.resolve(app.request(String(input), init));
  };
  backend = createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: KEY, fetch: fetchImpl });
}, 60_000);
afterAll(() => db.close());
afterEach(() => {
  expect(refused.splice(0)).toEqual([]);
});

async function allTasks(
  query: Omit<Parameters<Backend['listTasks']>[0], 'cursor'>,
  limit = 25,
): Promise<Task[]> {
  const tasks: Task[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Backend['listTasks']>> = await backend.listTasks({
      ...query,
      cursor,
      limit,
    });
    tasks.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return tasks;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('Dalil adapter on the embedded server', () => {
  it('connects and counts the seeded tasks; a wrong key is reported as such', async () => {
    await expect(backend.testConnection()).resolves.toEqual({
      ok: true,
      summary: 'Connected to the embedded backend: found 120 tasks.',
    });
    const wrong = createDalilBackend({
      kind: 'embedded',
      baseUrl: '',
      apiKey: 'nope',
      fetch: (i, init) => Promise.resolve(createApi({ db, apiKey: KEY }).request(String(i), init)),
    });
    await expect(wrong.testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'unauthorized',
    });
  });

  it('pages through every status column with no gap and no overlap, in due order', async () => {
    let total = 0;
    for (const status of ['TODO', 'IN_PROGRESS', 'DONE'] as const) {
      const first = await backend.listTasks({ status, sort: 'dueAt', limit: 25 });
      const tasks = await allTasks({ status, sort: 'dueAt' });
      expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
      expect(tasks.length).toBe(first.totalCount);
      expect(tasks.every((t) => t.status === status && t.targets !== undefined)).toBe(true);
      const dated = tasks.map((t) => t.dueAt).filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort((a, b) => Date.parse(a) - Date.parse(b)));
      expect(tasks.slice(dated.length).every((t) => t.dueAt === null)).toBe(true);
      total += tasks.length;
    }
    expect(total).toBe(120);
  });

  it('scrolls a column holding undated tasks past its first page to its totalCount', async () => {
    const undated = await backend.listTasks({ sort: 'dueAt', due: 'none', limit: 60 });
    expect(undated.totalCount).toBeGreaterThan(5);
    const first = await backend.listTasks({ sort: 'dueAt', limit: 5 });
    const tasks = await allTasks({ sort: 'dueAt' }, 5);
    expect(tasks).toHaveLength(first.totalCount!);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    expect(tasks.filter((t) => t.dueAt === null)).toHaveLength(undated.totalCount!);
    const byCreation = await allTasks({ sort: 'createdAt' }, 7);
    expect(byCreation).toHaveLength(first.totalCount!);
  });

  it('reads the due buckets as the server stores dates', async () => {
    const overdue = await allTasks({ sort: 'dueAt', due: 'overdue', now });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((t) => Date.parse(t.dueAt!) < now.getTime() && t.status !== 'DONE')).toBe(
      true,
    );
    const today = await allTasks({ sort: 'dueAt', due: 'today', now });
    const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
    const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    expect(
      today.every(
        (t) => Date.parse(t.dueAt!) >= start.getTime() && Date.parse(t.dueAt!) < end.getTime(),
      ),
    ).toBe(true);
    const none = await allTasks({ sort: 'createdAt', due: 'none' });
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((t) => t.dueAt === null)).toBe(true);
    const unassigned = await allTasks({ sort: 'createdAt', assignee: 'unassigned' });
    expect(unassigned.every((t) => t.assigneeId === null)).toBe(true);
  });

  it('finds a title with wildcards, quotes, commas and non-ASCII literally', async () => {
    const title = `50% off, "big" (deal) — Zoë's café`;
    await backend.createTask({
      id: uuid(9001),
      title,
      bodyMarkdown: null,
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
    });
    await backend.createTask({
      id: uuid(9002),
      title: '50 percent off',
      bodyMarkdown: null,
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
    });
    for (const search of [
      '50% off',
      '"BIG" (deal)',
      'zoë',
      `zoë's café`,
      `off, "big" (deal) — zoë's`,
    ]) {
      const found = await allTasks({ sort: 'createdAt', search });
      expect(
        found.map((t) => t.title),
        search,
      ).toEqual([title]);
    }
    expect(await allTasks({ sort: 'createdAt', search: '50_off' })).toEqual([]);
  });

  it("loads a person's tasks from the person at depth 1 and one id[in] request", async () => {
    const people = await backend.listRecords('person', { limit: 60 });
    let person = null;
    for (const p of people.items) {
      const detail = await backend.getRecord('person', p.id);
      if (detail.taskTargets.length > 1) {
        person = detail;
        break;
      }
    }
    expect(person).not.toBeNull();
    const before = fetchCount;
    const tasks = await backend.getTasksByIds(person!.taskTargets.map((t) => t.taskId));
    expect(fetchCount - before).toBe(1);
    expect(tasks.length).toBe(new Set(person!.taskTargets.map((t) => t.taskId)).size);
    for (const task of tasks) {
      expect(
        task.targets?.some((t) => t.target?.kind === 'person' && t.target.id === person!.id),
      ).toBe(true);
    }
  });

  it('creates a task and its links idempotently, updates and unlinks without losing the task', async () => {
    const company = (await backend.listRecords('company', { search: '' })).items[0]!;
    const person = (await backend.listRecords('person', {})).items[0]!;
    const input = {
      id: uuid(9100),
      title: 'Send the contract',
      bodyMarkdown: '**Today**',
      status: 'TODO' as const,
      dueAt: null,
      assigneeId: null,
    };
    const task = await backend.createTask(input);
    await expect(backend.createTask(input)).resolves.toMatchObject({
      id: task.id,
      title: 'Send the contract',
      bodyMarkdown: '**Today**',
    });

    const link = {
      id: uuid(9101),
      taskId: task.id,
      target: { kind: 'person' as const, id: person.id },
    };
    await backend.createTaskTarget(link);
    await expect(backend.createTaskTarget(link)).resolves.toMatchObject({
      id: link.id,
      target: link.target,
    });
    await expect(
      backend.updateTaskTarget(link.id, { kind: 'company', id: company.id }),
    ).resolves.toMatchObject({
      target: { kind: 'company', id: company.id },
    });
    expect((await backend.getTask(task.id)).targets).toEqual([
      expect.objectContaining({ id: link.id, target: { kind: 'company', id: company.id } }),
    ]);

    await expect(
      backend.updateTask(task.id, { status: 'DONE', bodyMarkdown: null }),
    ).resolves.toMatchObject({ status: 'DONE', bodyMarkdown: null });
    await backend.deleteTaskTarget(link.id);
    expect((await backend.getTask(task.id)).targets).toEqual([]);
    await backend.deleteTask(task.id);
    const gone = await backend.getTask(task.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(ApiError);
    expect(gone).toMatchObject({ status: 404 });
  });

  it.each(['person', 'company', 'opportunity'] as const)(
    'pages the %s list to its totalCount, each record once',
    async (kind) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      let totalCount: number | null = null;
      do {
        const page: Awaited<ReturnType<Backend['listRecords']>> = await backend.listRecords(kind, {
          limit: 3,
          cursor,
        });
        ids.push(...page.items.map((record) => record.id));
        totalCount ??= page.totalCount;
        cursor = page.nextCursor;
      } while (cursor);
      expect(totalCount).toBeGreaterThan(3);
      expect(ids).toHaveLength(totalCount!);
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  it('names up to 120 records in one request, and pages where a server serves fewer', async () => {
    const people = [...(await backend.listRecords('person', { limit: 60 })).items];
    expect(people.length).toBeGreaterThan(30);
    const ids = people.map((p) => p.id);
    const before = fetchCount;
    const names = await backend.getRecordSummaries('person', ids);
    expect(names.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(fetchCount - before).toBe(1);

    // A build that serves at most 15 rows a page (Dalil caps pages lower than Twenty).
    const app = createApi({ db, apiKey: KEY });
    const sent: string[] = [];
    const capped = createDalilBackend({
      kind: 'embedded',
      baseUrl: '',
      apiKey: KEY,
      fetch: (input, init) => {
        const url = new URL(String(input), 'http://localhost');
        url.searchParams.set('limit', String(Math.min(15, Number(url.searchParams.get('limit')))));
        const problem = strictRefusal(url);
        if (problem) refused.push(problem);
        sent.push(url.search);
        return Promise.resolve(app.request(`${url.pathname}${url.search}`, init));
      },
    });
    const paged = await capped.getRecordSummaries('person', ids);
    expect(paged.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect(sent.length).toBe(Math.ceil(ids.length / 15));
  });

  it('searches, names and details records of every kind', async () => {
    const page = await backend.listRecords('person', { limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.totalCount).toBe(40);
    const next = await backend.listRecords('person', { limit: 10, cursor: page.nextCursor });
    expect(next.items.map((p) => p.id)).not.toContain(page.items[0]!.id);
    const target = page.items[3]!;
    const found = await backend.listRecords('person', {
      search: `${target.firstName.slice(0, 3)} ${target.lastName}`,
    });
    expect(found.items.map((p) => p.id)).toContain(target.id);

    const summaries = await backend.getRecordSummaries('person', [
      target.id,
      uuid(1),
      page.items[0]!.id,
    ]);
    expect(summaries).toEqual([
      { kind: 'person', id: target.id, name: target.name },
      { kind: 'person', id: page.items[0]!.id, name: page.items[0]!.name },
    ]);

    const opportunity = (await backend.listRecords('opportunity', {})).items[0]!;
    const detail = await backend.getRecord('opportunity', opportunity.id);
    expect(detail.amount?.amountMicros).toEqual(expect.any(Number));
    const company = await backend.getRecord(
      'company',
      (await backend.listRecords('company', {})).items[0]!.id,
    );
    expect(company.people.length + company.opportunities.length).toBeGreaterThan(0);
    const members = await backend.searchMembers('');
    expect(members).toHaveLength(4);
    const member = members[0]!;
    await expect(backend.getMember(member.id)).resolves.toEqual(member);
    const word = member.name.split(' ')[0]!.slice(0, 3).toLowerCase();
    const matching = await backend.searchMembers(word, { limit: 5 });
    expect(matching.map((m) => m.id)).toContain(member.id);
    expect(matching.every((m) => `${m.name} ${m.email ?? ''}`.toLowerCase().includes(word))).toBe(
      true,
    );
    await expect(backend.searchMembers('zzz-nobody-qqq')).resolves.toEqual([]);

    const assigned = await backend.listTasks({ sort: 'createdAt', assignee: member.id, limit: 5 });
    expect(assigned.items.length).toBeGreaterThan(0);
    for (const task of assigned.items) {
      expect(task.assignee).toEqual({ id: member.id, name: member.name });
    }
    const unassigned = await backend.listTasks({ sort: 'createdAt', assignee: 'unassigned' });
    expect(unassigned.items.every((t) => t.assignee === null)).toBe(true);
  });
});
