import { randomUUID } from 'node:crypto';
import { wireListSchema, wireSingleSchema } from '../../src/backends/rolodex/wire-schemas.ts';
import { httpCall, type Answer } from './http-call.ts';

// What the Rolodex adapter relies on, written once against a base URL and a key. Read-only:
// it runs on any account and changes nothing.

export type RolodexTarget = { baseUrl: string; apiKey: string };

export function defineRolodexContract(getTarget: () => RolodexTarget) {
  let target: RolodexTarget;
  const call = (path: string, key = target.apiKey) =>
    httpCall(target.baseUrl, 'GET', path, {
      headers: key === '' ? {} : { 'x-rolodex-api-key': key },
    });
  const list = (answer: Answer) => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 200 });
    return wireListSchema.parse(answer.body);
  };
  const due = (d: string | null | undefined) => (d ? Date.parse(d) : null);

  beforeAll(() => {
    target = getTarget();
  });

  it('lists tasks in the page envelope, honouring the limit', async () => {
    const page = list(await call('/user-api/v1/tasks?limit=2'));
    expect(page.data.length).toBeLessThanOrEqual(2);
    if (page.pagination?.limit != null) expect(page.pagination.limit).toBe(2);
  });

  it('sorts by due date both ways, undated tasks after dated ones', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const page = list(await call(`/user-api/v1/tasks?limit=50&order_by=due_date:${direction}`));
      const dates = page.data.map((t) => due(t.due_date));
      const dated = dates.filter((d): d is number => d !== null);
      expect(dated).toEqual([...dated].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
      expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
    }
  });

  it('pages by offset with no overlap', async () => {
    const first = list(await call('/user-api/v1/tasks?limit=3&offset=0&order_by=due_date:asc'));
    const second = list(await call('/user-api/v1/tasks?limit=3&offset=3&order_by=due_date:asc'));
    const ids = new Set(first.data.map((t) => t.id));
    expect(second.data.some((t) => ids.has(t.id))).toBe(false);
    if (second.pagination?.offset != null) expect(second.pagination.offset).toBe(3);
  });

  it('adds tags only when asked', async () => {
    const tagged = list(await call('/user-api/v1/tasks?limit=10&include=tags'));
    expect(tagged.data.every((t) => Array.isArray(t.tags))).toBe(true);
  });

  it('reads one task by id, as the list shows it', async () => {
    const [first] = list(await call('/user-api/v1/tasks?limit=1')).data;
    if (!first) return;
    const answer = await call(`/user-api/v1/tasks/${encodeURIComponent(first.id)}?include=tags`);
    expect(answer.status).toBe(200);
    const parsed = wireSingleSchema.parse(answer.body);
    const task = 'data' in parsed ? parsed.data : parsed;
    expect({ id: task.id, body: task.body }).toEqual({ id: first.id, body: first.body });
  });

  it('refuses a missing or wrong key (401) and answers an unknown id with 404', async () => {
    expect((await call('/user-api/v1/tasks?limit=1', '')).status).toBe(401);
    expect((await call('/user-api/v1/tasks?limit=1', 'not-the-key')).status).toBe(401);
    expect((await call(`/user-api/v1/tasks/tasklink-contract-${randomUUID()}`)).status).toBe(404);
  });
}
