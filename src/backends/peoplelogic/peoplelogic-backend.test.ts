import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ResponseFormatError } from '@/backends/api-error';
import { NotSupportedError } from '@/backends/not-supported';
import { server } from '@/testing/msw-server';
import { PAGE_TASK } from './page-examples';
import { createPeoplelogicBackend } from './peoplelogic-backend';

const BASE = 'https://api.peoplelogic.test';
const KEY = 'jwt.secret-token.abc123';
const backend = () =>
  createPeoplelogicBackend({ baseUrl: BASE, apiKey: KEY, http: { baseDelayMs: 1 } });

type Seen = { method: string; path: string; auth: string | null; body: unknown };

function serve(routes: Record<string, (seen: Seen) => Response>) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const req = {
        method: request.method,
        path: url.pathname,
        auth: request.headers.get('authorization'),
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
      seen.push(req);
      const route = routes[`${request.method} ${url.pathname}`];
      return route ? route(req) : HttpResponse.json({ error: 'Not Found' }, { status: 404 });
    }),
  );
  return seen;
}

const ENTITY = '11111111-1111-4111-8111-111111111111';
const task = (over: Record<string, unknown> = {}) => ({
  ...PAGE_TASK,
  id: 't1',
  name: 'Prepare the review',
  status: { current: 'in_progress', changedAt: '2026-03-02T10:00:00.000Z', changedBy: 'u9' },
  connectedTo: { entityId: ENTITY, type: 'person', organization: 'org' },
  ...over,
});

describe('reading a task', () => {
  it('maps the page example field by field, keeping an unknown status word as a label', async () => {
    serve({ 'GET /api/v1/task/t1': () => HttpResponse.json({ ...PAGE_TASK, id: 't1' }) });
    const result = await backend().getTask('t1');
    expect(result).toEqual({
      id: 't1',
      title: 'text',
      bodyMarkdown: 'text',
      status: null,
      statusLabel: 'text',
      dueAt: null,
      dueDate: '2025-07-17',
      assigneeId: PAGE_TASK.assignees[0]!.entityId,
      assignee: { id: PAGE_TASK.assignees[0]!.entityId, name: null },
      createdAt: '2025-07-17T11:47:10.886Z',
      updatedAt: '2025-07-17T11:47:10.886Z',
      statusChange: { changedAt: '2025-07-17T11:47:10.886Z', changedById: PAGE_TASK.id },
      createdBy: { id: PAGE_TASK.id, name: null },
      linked: [{ kind: 'text', id: PAGE_TASK.connectedTo.entityId, label: null }],
      notes: [
        {
          id: PAGE_TASK.notes[0]!.id,
          text: 'text',
          authorId: PAGE_TASK.notes[0]!.author,
          createdAt: '2025-07-17T11:47:10.886Z',
        },
      ],
      order: 1,
    });
    // Integration mappings (and their secrets) never reach the app.
    expect(JSON.stringify(result)).not.toMatch(/mapping|ANY_ADDITIONAL_PROPERTY/);
  });

  it('maps the three known status words to the app statuses', async () => {
    for (const [word, status] of [
      ['not_started', 'TODO'],
      ['in_progress', 'IN_PROGRESS'],
      ['completed', 'DONE'],
    ] as const) {
      serve({
        'GET /api/v1/task/t1': () => HttpResponse.json(task({ status: { current: word } })),
      });
      const result = await backend().getTask('t1');
      expect(result.status).toBe(status);
      expect(result.statusLabel).toBeUndefined();
    }
  });

  it('accepts a partial answer with extra fields', async () => {
    serve({
      'GET /api/v1/task/t1': () =>
        HttpResponse.json({ id: 't1', created: { createdAt: '2026-01-01T00:00:00Z' }, extra: 1 }),
    });
    await expect(backend().getTask('t1')).resolves.toMatchObject({
      title: '',
      status: null,
      dueDate: null,
      linked: [],
      notes: [],
      assignee: null,
    });
  });

  it.each([
    ['a task without an id', { name: 'x', created: { createdAt: 'x' } }, /id/],
    ['a name that is a number', { id: 't1', name: 5 }, /name/],
    ['notes that are not a list', { id: 't1', notes: 'none' }, /notes/],
    ['no creation time at all', { id: 't1', name: 'x' }, /createdAt/],
  ])('says clearly what is wrong with %s', async (_, body, words) => {
    serve({ 'GET /api/v1/task/t1': () => HttpResponse.json(body) });
    const error = await backend()
      .getTask('t1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toMatch(words);
  });

  it('reads several tasks one by one and leaves out the ones that are gone', async () => {
    serve({
      'GET /api/v1/task/t1': () => HttpResponse.json(task()),
      'GET /api/v1/task/t3': () => HttpResponse.json(task({ id: 't3' })),
    });
    const found = await backend().getTasksByIds(['t1', 't2', 't3', 't1']);
    expect(found.map((t) => t.id)).toEqual(['t1', 't3']);
  });
});

describe('writing', () => {
  it('creates a task on its entity with the Bearer token and a date-only due date', async () => {
    const seen = serve({
      [`POST /api/v1/entity/${ENTITY}/task`]: () => HttpResponse.json(task(), { status: 201 }),
    });
    const made = await backend().createTaskOnTarget({
      id: 'client-id',
      linkId: 'link-id',
      target: { kind: 'person', id: ENTITY },
      title: 'Prepare the review',
      bodyMarkdown: 'Notes',
      status: 'TODO',
      dueAt: null,
      dueDate: '2026-04-02',
      assigneeId: null,
    });
    expect(made.linked).toEqual([{ kind: 'person', id: ENTITY, label: null }]);
    expect(seen).toEqual([
      {
        method: 'POST',
        path: `/api/v1/entity/${ENTITY}/task`,
        auth: `Bearer ${KEY}`,
        body: { name: 'Prepare the review', description: 'Notes', dueDate: '2026-04-02' },
      },
    ]);
  });

  it('edits through the task’s entity, resending its name when only the date changes', async () => {
    const seen = serve({
      'GET /api/v1/task/t1': () => HttpResponse.json(task()),
      [`PATCH /api/v1/entity/${ENTITY}/task/t1`]: () =>
        HttpResponse.json(task({ dueDate: '2026-05-01' })),
    });
    const edited = await backend().updateTask('t1', { dueDate: '2026-05-01', bodyMarkdown: null });
    expect(edited.dueDate).toBe('2026-05-01');
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /api/v1/task/t1',
      `PATCH /api/v1/entity/${ENTITY}/task/t1`,
    ]);
    expect(seen[1]!.body).toEqual({
      name: 'Prepare the review',
      description: '',
      dueDate: '2026-05-01',
    });
  });

  it('turns a dueAt into the day it falls on where the user is', async () => {
    const seen = serve({
      'GET /api/v1/task/t1': () => HttpResponse.json(task()),
      [`PATCH /api/v1/entity/${ENTITY}/task/t1`]: () => HttpResponse.json(task()),
    });
    const local = new Date(2026, 5, 3, 23, 30);
    await backend().updateTask('t1', { dueAt: local.toISOString() });
    expect((seen[1]!.body as { dueDate: string }).dueDate).toBe('2026-06-03');
  });

  it('refuses what the API cannot do before sending anything', async () => {
    const seen = serve({});
    const b = backend();
    await expect(b.updateTask('t1', { status: 'DONE' })).rejects.toThrow(
      'Changing a task’s status is not supported by the Peoplelogic API.',
    );
    await expect(b.updateTask('t1', { assigneeId: 'u1' })).rejects.toBeInstanceOf(
      NotSupportedError,
    );
    await expect(b.listTasks({ sort: 'dueAt' })).rejects.toThrow(/Listing tasks is not supported/);
    await expect(b.deleteTask('t1')).rejects.toBeInstanceOf(NotSupportedError);
    await expect(
      b.createTaskTarget({ id: 'l', taskId: 't1', target: { kind: 'person', id: 'p' } }),
    ).rejects.toBeInstanceOf(NotSupportedError);
    expect(seen).toEqual([]);
    expect(b.capabilities).toMatchObject({
      canListTasks: false,
      canLinkAfterCreate: false,
      maxTargetsPerTask: 1,
      canChangeStatus: false,
      duePrecision: 'date',
      paging: 'none',
    });
  });
});

describe('testConnection', () => {
  it('is connected when the key opens what no key may', async () => {
    server.use(
      http.get(`${BASE}/api/v1/task/:id`, ({ request }) =>
        request.headers.get('authorization')
          ? HttpResponse.json({ error: 'Not Found' }, { status: 404 })
          : HttpResponse.json({ error: 'Unauthorized' }, { status: 401 }),
      ),
    );
    await expect(backend().testConnection()).resolves.toEqual({
      ok: true,
      summary: `Connected to ${BASE}: the Peoplelogic tasks API accepted the token.`,
    });
  });

  it.each([401, 403])('reports a refused token (%i) without showing it', async (status) => {
    server.use(
      http.get(`${BASE}/api/v1/task/:id`, () =>
        HttpResponse.json({ message: `bad token ${KEY}` }, { status }),
      ),
    );
    const report = await backend().testConnection();
    expect(report).toMatchObject({ ok: false, reason: 'unauthorized' });
    expect(JSON.stringify(report)).not.toContain(KEY);
  });

  it('says the URL is wrong when everything answers 404', async () => {
    server.use(http.get(`${BASE}/*`, () => new HttpResponse('Not Found', { status: 404 })));
    await expect(backend().testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'not-found',
      message: expect.stringMatching(/not like the Peoplelogic API.*base URL/),
    });
  });

  it('explains an unreachable or CORS-blocked server', async () => {
    server.use(http.get(`${BASE}/*`, () => HttpResponse.error()));
    await expect(backend().testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'unreachable',
      message: expect.stringMatching(/CORS/),
    });
  });
});
