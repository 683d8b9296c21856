import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/backends/api-error';
import { server } from '@/testing/msw-server';
import { parseFilter } from '../../../server/query/filter.ts';
import { createDalilBackend } from './dalil-backend';
import { listBody, wireCompany, wirePerson, wireTask, wireTaskTarget } from './wire-fixtures';

const BASE = 'https://crm.example.test';
const backend = () =>
  createDalilBackend({
    kind: 'dalil',
    baseUrl: BASE,
    apiKey: 'k3y-secret',
    http: { baseDelayMs: 1 },
  });

type Seen = { method: string; path: string; params: URLSearchParams; body: unknown };

/** Records every request and answers from a small in-memory table of routes. */
function serve(routes: Record<string, (req: Seen) => Response>) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${BASE}/rest/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const req = {
        method: request.method,
        path: url.pathname,
        params: url.searchParams,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      seen.push(req);
      const route = routes[`${req.method} ${req.path}`];
      return route ? route(req) : HttpResponse.json({ messages: ['no route'] }, { status: 404 });
    }),
  );
  return seen;
}

const ids = (n: number, prefix = 't') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** The ids an `id[in]:[...]` filter asks for, read by the server's own parser. */
const askedIds = (req: Seen) => {
  const node = parseFilter(req.params.get('filter')!);
  if (node.kind !== 'atom' || node.comparator !== 'in' || !Array.isArray(node.value))
    throw new Error('not id[in]');
  return node.value;
};

describe('Dalil backend: request plan', () => {
  it("loads a record's tasks as the record at depth 1, then the tasks by id[in], never per task", async () => {
    const taskIds = ids(130);
    const seen = serve({
      'GET /rest/people/p1': () =>
        HttpResponse.json({
          data: {
            person: {
              ...wirePerson('p1', { companyId: 'c1' }),
              company: wireCompany('c1'),
              taskTargets: taskIds.map((t, i) => wireTaskTarget(`r${i}`, t, { personId: 'p1' })),
            },
          },
        }),
      'GET /rest/tasks': (req) =>
        HttpResponse.json(
          listBody(
            'tasks',
            askedIds(req).map((id) => wireTask(id)),
          ),
        ),
    });
    const client = backend();
    const person = await client.getRecord('person', 'p1');
    expect(person).toMatchObject({ name: 'Ada Lovelace', company: { name: 'Acme' } });
    expect(person.taskTargets).toHaveLength(130);
    const tasks = await client.getTasksByIds(person.taskTargets.map((t) => t.taskId));

    expect(tasks.map((t) => t.id)).toEqual(taskIds);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/people/p1',
      'GET /rest/tasks',
      'GET /rest/tasks',
      'GET /rest/tasks',
    ]);
    expect(seen[0]!.params.get('depth')).toBe('1');
    expect(seen.slice(1).map((r) => askedIds(r).length)).toEqual([60, 60, 10]);
    expect(seen.slice(1).every((r) => r.params.get('depth') === '1')).toBe(true);
    expect(seen.some((r) => r.path.startsWith('/rest/taskTargets'))).toBe(false);
  });

  it('says task relations cannot be filtered', () => {
    expect(backend().capabilities).toMatchObject({
      canFilterTaskTargets: false,
      targetKinds: ['person', 'company', 'opportunity'],
      canCreateTasks: true,
      canListMembers: true,
      canLinkAfterCreate: true,
      maxTargetsPerTask: null,
      paging: 'cursor',
    });
  });

  it('reads company and opportunity details at depth 1', async () => {
    serve({
      'GET /rest/companies/c1': () =>
        HttpResponse.json({
          data: {
            company: {
              ...wireCompany('c1'),
              people: [wirePerson('p1')],
              opportunities: [],
              taskTargets: [wireTaskTarget('r1', 't1', { targetCompanyId: 'c1' })],
            },
          },
        }),
    });
    const company = await backend().getRecord('company', 'c1');
    expect(company.people.map((p) => p.name)).toEqual(['Ada Lovelace']);
    expect(company.taskTargets[0]?.target).toEqual({ kind: 'company', id: 'c1' });
  });
});

describe('Dalil backend: writes', () => {
  const input = {
    id: 'new-task',
    title: 'Call',
    bodyMarkdown: 'Notes',
    status: 'TODO' as const,
    dueAt: null,
    assigneeId: null,
  };

  it('creates a task with the client-made id and the markdown body', async () => {
    const seen = serve({
      'POST /rest/tasks': (req) =>
        HttpResponse.json(
          { data: { createTask: wireTask('new-task', req.body as Record<string, unknown>) } },
          { status: 201 },
        ),
    });
    await expect(backend().createTask(input)).resolves.toMatchObject({
      id: 'new-task',
      title: 'Call',
    });
    expect(seen[0]!.body).toEqual({
      id: 'new-task',
      title: 'Call',
      bodyV2: { markdown: 'Notes' },
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
    });
  });

  it('reads the task back when its create answers "Record already exists"', async () => {
    const seen = serve({
      'POST /rest/tasks': () =>
        HttpResponse.json(
          { statusCode: 400, error: 'BadRequestException', messages: ['Record already exists'] },
          { status: 400 },
        ),
      'GET /rest/tasks/new-task': () =>
        HttpResponse.json({
          data: { task: { ...wireTask('new-task', { title: 'Call' }), taskTargets: [] } },
        }),
    });
    await expect(backend().createTask(input)).resolves.toMatchObject({
      id: 'new-task',
      title: 'Call',
      targets: [],
    });
    expect(seen.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('reads a relation back when its create answers "Record already exists"', async () => {
    const seen = serve({
      'POST /rest/taskTargets': () =>
        HttpResponse.json({ messages: ['Record already exists'] }, { status: 400 }),
      'GET /rest/taskTargets/r1': () =>
        HttpResponse.json({ data: { taskTarget: wireTaskTarget('r1', 't1', { personId: 'p1' }) } }),
    });
    const link = await backend().createTaskTarget({
      id: 'r1',
      taskId: 't1',
      target: { kind: 'person', id: 'p1' },
    });
    expect(link).toMatchObject({ id: 'r1', taskId: 't1', target: { kind: 'person', id: 'p1' } });
    expect(seen[0]!.body).toEqual({ id: 'r1', taskId: 't1', personId: 'p1' });
  });

  it('retries a create whose answer was lost with the same id, and makes one relation', async () => {
    const stored = new Map<string, unknown>();
    const seen = serve({
      'POST /rest/taskTargets': (req) => {
        const body = req.body as { id: string };
        if (stored.has(body.id)) {
          return HttpResponse.json({ messages: ['Record already exists'] }, { status: 400 });
        }
        stored.set(body.id, wireTaskTarget(body.id, 't1', { personId: 'p1' }));
        // The server acted, but its answer never arrives.
        return HttpResponse.error();
      },
      'GET /rest/taskTargets/r1': () =>
        HttpResponse.json({ data: { taskTarget: stored.get('r1') } }),
    });
    const link = await backend().createTaskTarget({
      id: 'r1',
      taskId: 't1',
      target: { kind: 'person', id: 'p1' },
    });
    expect(link).toMatchObject({ id: 'r1', target: { kind: 'person', id: 'p1' } });
    expect(stored.size).toBe(1);
    expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/taskTargets',
      'POST /rest/taskTargets',
      'GET /rest/taskTargets/r1',
    ]);
  });

  it('tells the UI whether it is waiting for the server', () => {
    const client = backend();
    expect(client.pacing?.getSnapshot()).toEqual({ waiting: false, rateLimited: false });
    const unsubscribe = client.pacing?.subscribe(() => undefined);
    expect(typeof unsubscribe).toBe('function');
  });

  it('does not swallow other create errors', async () => {
    serve({
      'POST /rest/taskTargets': () =>
        HttpResponse.json({ messages: ['one target per relation'] }, { status: 400 }),
    });
    await expect(
      backend().createTaskTarget({ id: 'r1', taskId: 't1', target: { kind: 'company', id: 'c1' } }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'one target per relation',
    });
  });

  it('points a relation at another record, clearing the other target columns', async () => {
    const seen = serve({
      'PATCH /rest/taskTargets/r1': () =>
        HttpResponse.json({
          data: { updateTaskTarget: wireTaskTarget('r1', 't1', { companyId: 'c2' }) },
        }),
    });
    await expect(
      backend().updateTaskTarget('r1', { kind: 'company', id: 'c2' }),
    ).resolves.toMatchObject({ target: { kind: 'company', id: 'c2' } });
    expect(seen[0]!.body).toEqual({ personId: null, companyId: 'c2', opportunityId: null });
  });

  it('sends only the changed fields of a task, and an empty markdown to clear the body', async () => {
    const seen = serve({
      'PATCH /rest/tasks/t1': () =>
        HttpResponse.json({ data: { updateTask: wireTask('t1', { status: 'DONE' }) } }),
    });
    await backend().updateTask('t1', { status: 'DONE', bodyMarkdown: null });
    expect(seen[0]!.body).toEqual({ status: 'DONE', bodyV2: { markdown: '' } });
  });

  it('treats deleting what is already gone as done', async () => {
    serve({
      'DELETE /rest/tasks/t1': () =>
        HttpResponse.json({ messages: ['Record not found'] }, { status: 400 }),
      'DELETE /rest/taskTargets/r1': () =>
        HttpResponse.json({ data: { deleteTaskTarget: { id: 'r1' } } }),
    });
    await expect(backend().deleteTask('t1')).resolves.toBeUndefined();
    await expect(backend().deleteTaskTarget('r1')).resolves.toBeUndefined();
  });
});

describe('Dalil backend: reads', () => {
  it('reads 400 "Record not found" as 404', async () => {
    serve({
      'GET /rest/tasks/gone': () =>
        HttpResponse.json(
          { statusCode: 400, error: 'BadRequestException', messages: ['Record not found'] },
          { status: 400 },
        ),
    });
    const error = await backend()
      .getTask('gone')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404 });
  });

  it('searches people by every word across first name, last name and email', async () => {
    const seen = serve({
      'GET /rest/people': () => HttpResponse.json(listBody('people', [wirePerson('p1')])),
    });
    const page = await backend().listRecords('person', { search: 'ada love' });
    expect(page.items[0]?.name).toBe('Ada Lovelace');
    const filter = parseFilter(seen[0]!.params.get('filter')!);
    expect(filter).toMatchObject({ kind: 'and', children: [{ kind: 'or' }, { kind: 'or' }] });
    expect(JSON.stringify(filter)).toContain('"field":"emails.primaryEmail"');
    // Not by name: real Twenty cannot follow a cursor over a composite or nullable key.
    expect(seen[0]!.params.get('order_by')).toBe('createdAt[DescNullsLast]');
  });

  it('fetches record names in batches and leaves unknown ids out', async () => {
    const seen = serve({
      'GET /rest/companies': (req) =>
        HttpResponse.json(
          listBody(
            'companies',
            askedIds(req)
              .filter((id) => id !== 'c5')
              .map((id) => wireCompany(id, { name: `Co ${id}` })),
          ),
        ),
    });
    // 130 distinct ids: 120 in one request (Twenty serves up to 200 rows a page), 10 in another.
    const wanted = [...ids(130, 'c'), 'c1'];
    const names = await backend().getRecordSummaries('company', wanted);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.params.get('limit')).toBe('120');
    expect(names).toHaveLength(129);
    expect(names[0]).toEqual({ kind: 'company', id: 'c0', name: 'Co c0' });
  });
});
