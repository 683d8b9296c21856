import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { parseFilter } from '../../../server/query/filter.ts';
import { createDalilBackend } from './dalil-backend';
import { listBody, wireMember, wireTask } from './wire-fixtures';

const BASE = 'https://crm.example.test';
const backend = () =>
  createDalilBackend({ kind: 'dalil', baseUrl: BASE, apiKey: 'k3y', http: { baseDelayMs: 1 } });

function serveMembers(answer: (params: URLSearchParams, call: number) => Response) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(`${BASE}/rest/workspaceMembers`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      seen.push(params);
      return answer(params, seen.length - 1);
    }),
  );
  return seen;
}

describe('Dalil members at workspace scale', () => {
  it('searches members on the server by every word across first name, last name and email', async () => {
    const seen = serveMembers(() =>
      HttpResponse.json(listBody('workspaceMembers', [wireMember('m1')])),
    );
    const found = await backend().searchMembers('gra  hop', { limit: 8 });
    expect(found).toEqual([
      { id: 'm1', name: 'Grace Hopper', email: 'grace@example.com', avatarUrl: null },
    ]);
    expect(seen).toHaveLength(1);
    const params = seen[0]!;
    expect(params.get('limit')).toBe('8');
    expect(params.has('starting_after')).toBe(false);
    expect(parseFilter(params.get('filter')!)).toMatchObject({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { field: 'name.firstName', comparator: 'ilike', value: '%gra%' },
            { field: 'name.lastName', comparator: 'ilike', value: '%gra%' },
            { field: 'userEmail', comparator: 'ilike', value: '%gra%' },
          ],
        },
        { kind: 'or' },
      ],
    });
  });

  it('an empty search is the first page by name, with no filter', async () => {
    const seen = serveMembers(() => HttpResponse.json(listBody('workspaceMembers', [])));
    await backend().searchMembers('  ');
    expect(seen[0]!.has('filter')).toBe(false);
    expect(seen[0]!.get('limit')).toBe('20');
    expect(seen[0]!.get('order_by')).toBe(
      'name.firstName[AscNullsLast],name.lastName[AscNullsLast]',
    );
  });

  it('reads one member by id at depth 0, and says when it is gone', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/rest/workspaceMembers/:id`, ({ request, params }) => {
        seen.push(new URL(request.url).search);
        return params.id === 'm1'
          ? HttpResponse.json({ data: { workspaceMember: wireMember('m1') } })
          : HttpResponse.json(
              { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] },
              { status: 404 },
            );
      }),
    );
    await expect(backend().getMember('m1')).resolves.toEqual({
      id: 'm1',
      name: 'Grace Hopper',
      email: 'grace@example.com',
      avatarUrl: null,
    });
    expect(seen[0]).toBe('?depth=0');
    await expect(backend().getMember('m2')).rejects.toMatchObject({ status: 404 });
  });
});

describe('Dalil tasks carry their assignee', () => {
  const tasksAnswer = (task: Record<string, unknown>) =>
    server.use(http.get(`${BASE}/rest/tasks`, () => HttpResponse.json(listBody('tasks', [task]))));

  it('names the assignee from what depth 1 embeds', async () => {
    tasksAnswer(wireTask('t1', { assigneeId: 'm1', assignee: wireMember('m1') }));
    const [task] = (await backend().listTasks({ sort: 'createdAt' })).items;
    expect(task).toMatchObject({ assigneeId: 'm1', assignee: { id: 'm1', name: 'Grace Hopper' } });
  });

  it('says unassigned when assignee is null, and nothing when it is absent or disagrees', async () => {
    tasksAnswer(wireTask('t1', { assignee: null }));
    expect((await backend().listTasks({ sort: 'createdAt' })).items[0]!.assignee).toBeNull();

    tasksAnswer(wireTask('t1', { assigneeId: 'm1' }));
    expect((await backend().listTasks({ sort: 'createdAt' })).items[0]).not.toHaveProperty(
      'assignee',
    );

    tasksAnswer(wireTask('t1', { assigneeId: 'm2', assignee: wireMember('m1') }));
    expect((await backend().listTasks({ sort: 'createdAt' })).items[0]!.assignee).toBeUndefined();
  });
});
