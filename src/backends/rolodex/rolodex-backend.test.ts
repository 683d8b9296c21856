import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ResponseFormatError } from '@/backends/api-error';
import { NotSupportedError } from '@/backends/not-supported';
import { server } from '@/testing/msw-server';
import { PAGE_LIST, PAGE_LIST_WITH_TAGS, PAGE_TASK } from './page-examples';
import { createRolodexBackend } from './rolodex-backend';

const BASE = 'https://rolodex.example.test';
const KEY = 'f1e2d3c4b5a697-secret';
const backend = () =>
  createRolodexBackend({ baseUrl: BASE, apiKey: KEY, http: { baseDelayMs: 1 } });

type Seen = { path: string; params: URLSearchParams; key: string | null; auth: string | null };

function serve(routes: Record<string, (seen: Seen) => Response>) {
  const seen: Seen[] = [];
  server.use(
    http.get(`${BASE}/*`, ({ request }) => {
      const url = new URL(request.url);
      const req = {
        path: url.pathname,
        params: url.searchParams,
        key: request.headers.get('x-rolodex-api-key'),
        auth: request.headers.get('authorization'),
      };
      seen.push(req);
      const route = routes[url.pathname];
      return route ? route(req) : HttpResponse.json({ error: 'Not Found' }, { status: 404 });
    }),
  );
  return seen;
}

describe('listing tasks', () => {
  it('maps the page example: open and completed, contacts, people, tags', async () => {
    const seen = serve({ '/user-api/v1/tasks': () => HttpResponse.json(PAGE_LIST_WITH_TAGS) });
    const page = await backend().listTasks({ sort: 'dueAt' });
    expect(page.totalCount).toBe(75);
    expect(page.nextCursor).toBe('1');
    expect(page.items[0]).toEqual({
      id: 'task_12345',
      title: 'Follow up with prospect about pricing',
      bodyMarkdown: null,
      status: 'TODO',
      completedAt: null,
      dueAt: '2025-01-20T15:00:00Z',
      assigneeId: 'user_456',
      assignee: { id: 'user_456', name: 'Alice Smith' },
      createdBy: { id: 'user_789', name: 'Bob Johnson' },
      createdAt: '2025-01-15T10:30:00Z',
      updatedAt: '2025-01-15T10:30:00Z',
      linked: [
        {
          kind: 'person',
          id: 'contact_123',
          label: 'John Doe',
          imageUrl: 'https://example.com/avatar.jpg',
        },
      ],
      tags: [
        { id: 'tag_101', name: 'High Priority' },
        { id: 'tag_102', name: 'Sales' },
      ],
    });
    expect(seen[0]!.key).toBe(KEY);
    expect(seen[0]!.auth).toBeNull();
    expect(Object.fromEntries(seen[0]!.params)).toEqual({
      limit: '25',
      offset: '0',
      order_by: 'due_date:asc',
      include: 'tags',
    });
  });

  it('reads a completed task as done, and pages on with the offset as the cursor', async () => {
    const seen = serve({ '/user-api/v1/tasks': () => HttpResponse.json(PAGE_LIST) });
    const page = await backend().listTasks({
      sort: 'dueAt',
      direction: 'desc',
      cursor: '50',
      limit: 500,
    });
    expect(page.items[1]).toMatchObject({
      status: 'DONE',
      completedAt: '2025-01-17T11:30:00Z',
      assignee: null,
      linked: [],
    });
    expect(page.items[1]!.tags).toBeUndefined();
    expect(page.nextCursor).toBe('52');
    expect(seen[0]!.params.get('offset')).toBe('50');
    expect(seen[0]!.params.get('limit')).toBe('100');
    expect(seen[0]!.params.get('order_by')).toBe('due_date:desc');
  });

  it('stops at the total, and without one at the first short page', async () => {
    serve({
      '/user-api/v1/tasks': () =>
        HttpResponse.json({ ...PAGE_LIST, pagination: { limit: 25, offset: 73, total: 75 } }),
    });
    expect((await backend().listTasks({ sort: 'dueAt', cursor: '73' })).nextCursor).toBeNull();
    serve({ '/user-api/v1/tasks': () => HttpResponse.json({ data: PAGE_LIST.data }) });
    const page = await backend().listTasks({ sort: 'dueAt', limit: 2 });
    expect(page).toMatchObject({ totalCount: null, nextCursor: '2' });
    expect((await backend().listTasks({ sort: 'dueAt', limit: 5 })).nextCursor).toBeNull();
  });

  it('refuses filters and orders the API does not have, before sending anything', async () => {
    const seen = serve({});
    await expect(backend().listTasks({ sort: 'dueAt', status: 'DONE' })).rejects.toThrow(
      'Filtering tasks by status is not supported by the Rolodex API.',
    );
    await expect(backend().listTasks({ sort: 'createdAt' })).rejects.toBeInstanceOf(
      NotSupportedError,
    );
    await expect(backend().updateTask('t', { title: 'x' })).rejects.toBeInstanceOf(
      NotSupportedError,
    );
    expect(seen).toEqual([]);
  });

  it.each([
    ['no data list', { pagination: PAGE_LIST.pagination }, /data/],
    ['a task without an id', { data: [{ body: 'x', created_at: 'x' }] }, /data\[0\]\.id/],
    ['contacts that are not a list', { data: [{ id: 't', contacts: {} }] }, /contacts/],
    ['a task with no dates at all', { data: [{ id: 't', body: 'x' }] }, /created_at/],
  ])('says clearly what is wrong with %s', async (_, body, words) => {
    serve({ '/user-api/v1/tasks': () => HttpResponse.json(body) });
    const error = await backend()
      .listTasks({ sort: 'dueAt' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toMatch(words);
  });

  it('accepts partial tasks with extra fields, and keeps no unsafe image URL', async () => {
    serve({
      '/user-api/v1/tasks': () =>
        HttpResponse.json({
          data: [
            {
              id: 7,
              created_at: '2025-01-01T00:00:00Z',
              priority: 'high',
              contacts: [{ id: 'c', full_name: ' ', image_url: '<javascript:alert(1)>' }],
            },
          ],
        }),
    });
    const [task] = (await backend().listTasks({ sort: 'dueAt' })).items;
    expect(task).toMatchObject({
      id: '7',
      title: '',
      status: 'TODO',
      dueAt: null,
      linked: [{ kind: 'person', id: 'c', label: null, imageUrl: null }],
    });
  });
});

describe('one task', () => {
  it('accepts the page’s {data: task} and a bare task', async () => {
    serve({ '/user-api/v1/tasks/task_12345': () => HttpResponse.json(PAGE_TASK) });
    const wrapped = await backend().getTask('task_12345');
    serve({ '/user-api/v1/tasks/task_12345': () => HttpResponse.json(PAGE_TASK.data) });
    expect(await backend().getTask('task_12345')).toEqual(wrapped);
    expect(wrapped.title).toBe('Follow up with prospect about pricing');
  });

  it('reads several one by one and leaves out the unknown ones', async () => {
    serve({ '/user-api/v1/tasks/task_12345': () => HttpResponse.json(PAGE_TASK) });
    const found = await backend().getTasksByIds(['nope', 'task_12345']);
    expect(found.map((t) => t.id)).toEqual(['task_12345']);
  });
});

describe('testConnection', () => {
  it('counts the tasks with one small request', async () => {
    const seen = serve({ '/user-api/v1/tasks': () => HttpResponse.json(PAGE_LIST) });
    await expect(backend().testConnection()).resolves.toEqual({
      ok: true,
      summary: `Connected to ${BASE}: found 75 tasks.`,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.params.get('limit')).toBe('1');
  });

  it.each([
    [401, 'unauthorized', /refused the API key/],
    [403, 'unauthorized', /refused the API key/],
    [404, 'not-found', /No Rolodex user API at this URL/],
    [500, 'server-error', /500/],
  ])('reports %i as %s, never showing the key', async (status, reason, words) => {
    serve({
      '/user-api/v1/tasks': () =>
        HttpResponse.json({ error: 'x', message: `key ${KEY} refused` }, { status }),
    });
    const report = await backend().testConnection();
    expect(report).toMatchObject({ ok: false, reason, message: expect.stringMatching(words) });
    expect(JSON.stringify(report)).not.toContain(KEY);
  });

  it('reports an answer of the wrong shape, and an unreachable server', async () => {
    serve({ '/user-api/v1/tasks': () => HttpResponse.json({ tasks: [] }) });
    await expect(backend().testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'bad-format',
    });
    server.use(http.get(`${BASE}/*`, () => HttpResponse.error()));
    await expect(backend().testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'unreachable',
    });
  });
});
