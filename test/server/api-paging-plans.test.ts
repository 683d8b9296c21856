import { openHarness, uuid, type Harness } from './api-harness.ts';

// The paging plans a client can use against real Twenty, where cursors lose rows after a nullable
// sort key and fail over a composite one. The twin refuses those cursors; these plans it must
// accept, and together they must reach every row once: no gap, no duplicate, undated tasks
// included, with ties in every sort key.

type Rec = Record<string, unknown>;
let h: Harness;

const STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
const TASKS = 157;
const MEMBERS = 23;

beforeAll(async () => {
  h = await openHarness();
  // Every fourth task undated (in every status), due dates repeating (ties), two batches (createdAt
  // ties), positions as the server gives them.
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    id: uuid(i + 1),
    title: `Task ${i}`,
    status: STATUSES[i % 3],
    dueAt: i % 4 === 1 ? null : `2026-03-${String((i % 9) + 1).padStart(2, '0')}T09:00:00Z`,
  }));
  for (const batch of [tasks.slice(0, 100), tasks.slice(100)]) {
    expect((await h.call('POST', '/rest/batch/tasks', batch)).status).toBe(201);
  }
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    name: { firstName: ['Ada', 'Bo', 'Cy'][i % 3], lastName: `L${i % 4}` },
  }));
  expect((await h.call('POST', '/rest/batch/workspaceMembers', members)).status).toBe(201);
});
afterAll(() => h.db.close());

/** Follows endCursor from the first page to the last; fails on any non-200. */
async function walk(object: string, query: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let totalCount = -1;
  for (let n = 0; n < 500; n++) {
    const after: string = cursor ? `&starting_after=${encodeURIComponent(cursor)}` : '';
    const reply = await h.call('GET', `/rest/${object}?${query}&limit=${limit}${after}`);
    if (reply.status !== 200) throw new Error(`${reply.status}: ${JSON.stringify(reply.body)}`);
    const page = reply.body as { data: Record<string, Rec[]>; pageInfo: Rec; totalCount: number };
    totalCount = page.totalCount;
    ids.push(...page.data[object]!.map((r) => r.id as string));
    if (!page.pageInfo.hasNextPage) return { ids, totalCount };
    cursor = page.pageInfo.endCursor as string;
  }
  throw new Error('no last page');
}

const f = (filter: string) => `filter=${encodeURIComponent(filter)}`;

async function idsWhere(filter: string): Promise<string[]> {
  const reply = await h.call('GET', `/rest/tasks?${f(filter)}&limit=200`);
  return (reply.body.data!.tasks as Rec[]).map((t) => t.id as string).sort();
}

describe('a board column: dated tasks by dueAt, then undated ones by a non-null key', () => {
  describe.each(STATUSES)('status %s', (status) => {
    it.each([
      ['dueAt[AscNullsLast]', 'position[AscNullsFirst]'],
      ['dueAt[AscNullsFirst]', 'createdAt[AscNullsFirst]'],
      ['dueAt[DescNullsLast]', 'id[AscNullsFirst]'],
      ['dueAt[AscNullsLast]', 'createdAt[DescNullsLast]'],
    ])('%s then undated by %s', async (datedOrder, undatedOrder) => {
      const dated = await walk(
        'tasks',
        `${f(`status[eq]:${status},dueAt[is]:NOT_NULL`)}&order_by=${datedOrder}`,
        7,
      );
      const undated = await walk(
        'tasks',
        `${f(`and(status[eq]:${status},dueAt[is]:NULL)`)}&order_by=${undatedOrder}`,
        7,
      );
      const all = [...dated.ids, ...undated.ids];
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort()).toEqual(await idsWhere(`status[eq]:${status}`));
      expect(dated.ids.length).toBe(dated.totalCount);
      expect(undated.ids.length).toBe(undated.totalCount);
      expect(undated.ids.length).toBeGreaterThan(7);
    });
  });

  it('a dated stream may also be pinned by a range instead of [is]:NOT_NULL', async () => {
    const dated = await walk(
      'tasks',
      `${f('dueAt[gte]:2026-03-01T00:00:00Z')}&order_by=dueAt[AscNullsLast]`,
      11,
    );
    expect([...dated.ids].sort()).toEqual(await idsWhere('dueAt[is]:NOT_NULL'));
  });

  it.each(STATUSES)(
    'a column most recently changed first (the Done column) by updatedAt, ties by id: %s',
    async (status) => {
      // A batch shares one updatedAt: every page boundary falls inside a tie.
      const changed = await walk(
        'tasks',
        `${f(`status[eq]:${status}`)}&order_by=updatedAt[DescNullsLast]`,
        7,
      );
      expect(new Set(changed.ids).size).toBe(changed.ids.length);
      expect([...changed.ids].sort()).toEqual(await idsWhere(`status[eq]:${status}`));
      expect(changed.ids.length).toBe(changed.totalCount);
      expect(changed.ids.length).toBeGreaterThan(7 * 3);
    },
  );

  it('every task by position alone, at the largest page', async () => {
    const all = await walk('tasks', 'order_by=position[AscNullsFirst]', 200);
    expect(new Set(all.ids).size).toBe(TASKS);
    expect(all.totalCount).toBe(TASKS);
  });
});

describe('members by a non-composite key', () => {
  it.each(['id[AscNullsFirst]', 'createdAt[AscNullsFirst]', 'createdAt[DescNullsLast]', ''])(
    'order_by=%s',
    async (order) => {
      const { ids, totalCount } = await walk(
        'workspaceMembers',
        order ? `order_by=${order}` : 'depth=0',
        4,
      );
      expect(totalCount).toBe(MEMBERS);
      expect(new Set(ids).size).toBe(MEMBERS);
    },
  );

  it('a search by name pages by id', async () => {
    const { ids, totalCount } = await walk(
      'workspaceMembers',
      `${f('or(name.firstName[ilike]:"%a%",name.lastName[ilike]:"%a%")')}&order_by=id`,
      3,
    );
    expect(ids.length).toBe(totalCount);
    expect(totalCount).toBe(8);
  });
});
