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

  it('lists every member across pages in id order, following endCursor, then sorts by name', async () => {
    const seen = serveMembers((_, call) =>
      HttpResponse.json(
        call === 0
          ? listBody('workspaceMembers', [wireMember('m1')], {
              pageInfo: { hasNextPage: true, endCursor: 'eyJpZCI6Im0xIn0=' },
            })
          : listBody('workspaceMembers', [
              wireMember('m2', { name: { firstName: 'ada', lastName: '' } }),
            ]),
      ),
    );
    await expect(backend().listMembers()).resolves.toEqual([
      { id: 'm2', name: 'ada', email: 'grace@example.com', avatarUrl: null },
      { id: 'm1', name: 'Grace Hopper', email: 'grace@example.com', avatarUrl: null },
    ]);
    // Real Twenty answers a cursor over name.firstName with 400 "Invalid cursor".
    expect(seen.every((p) => !p.has('order_by'))).toBe(true);
    expect(seen[1]!.get('starting_after')).toBe('eyJpZCI6Im0xIn0=');
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
