import { errorMessage, openHarness, uuid, type Harness } from './api-harness.ts';

type Rec = Record<string, unknown>;
type Page = { ids: string[]; pageInfo: Record<string, unknown>; totalCount: number };

let h: Harness;
const TOTAL = 37;

beforeAll(async () => {
  h = await openHarness();
  // Due dates with ties and nulls, so the id tie-breaker and NULLS FIRST/LAST both matter.
  const tasks = Array.from({ length: TOTAL }, (_, i) => ({
    id: uuid(i + 1),
    title: `Task ${String(i).padStart(2, '0')}`,
    status: (['TODO', 'IN_PROGRESS', 'DONE'] as const)[i % 3],
    dueAt: i % 5 === 0 ? null : `2026-01-${String((i % 7) + 1).padStart(2, '0')}T09:00:00Z`,
  }));
  expect((await h.call('POST', '/rest/batch/tasks', tasks)).status).toBe(201);
});
afterAll(() => h.db.close());

async function page(query: string): Promise<Page> {
  const reply = await h.call('GET', `/rest/tasks?${query}`);
  expect(reply.status).toBe(200);
  return {
    ids: (reply.body.data!.tasks as Rec[]).map((t) => t.id as string),
    pageInfo: reply.body.pageInfo as Record<string, unknown>,
    totalCount: reply.body.totalCount as number,
  };
}

async function walkForward(base: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 50; n++) {
    const after = cursor ? `&starting_after=${encodeURIComponent(cursor)}` : '';
    const p = await page(`${base}&limit=${limit}${after}`);
    seen.push(...p.ids);
    if (!p.pageInfo.hasNextPage) return seen;
    cursor = p.pageInfo.endCursor as string;
  }
  throw new Error('did not end');
}

// Only keys that are never NULL: a cursor after a nullable one is refused, as real Twenty loses
// rows there (api-twenty-observed.test.ts). The batch gives every task one createdAt: ties.
describe.each([
  'order_by=position',
  'order_by=position[DescNullsLast]',
  'order_by=createdAt[DescNullsLast]',
  'order_by=createdAt[AscNullsFirst],position[DescNullsFirst]',
  'order_by=id[DescNullsLast]',
])('%s', (orderBy) => {
  it('forward pages cover every row once, in the same order as one big page', async () => {
    const all = (await page(`${orderBy}&limit=200`)).ids;
    expect(all).toHaveLength(TOTAL);
    expect(new Set(all).size).toBe(TOTAL);
    expect(await walkForward(orderBy, 5)).toEqual(all);
  });

  it('ending_before reads the page before a cursor, in normal order', async () => {
    const all = (await page(`${orderBy}&limit=200`)).ids;
    const second = await page(
      `${orderBy}&limit=10&starting_after=${encodeURIComponent((await page(`${orderBy}&limit=10`)).pageInfo.endCursor as string)}`,
    );
    expect(second.ids).toEqual(all.slice(10, 20));
    const back = await page(
      `${orderBy}&limit=10&ending_before=${encodeURIComponent(second.pageInfo.startCursor as string)}`,
    );
    expect(back.ids).toEqual(all.slice(0, 10));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});

describe('pageInfo and totalCount', () => {
  it('counts every row matching the filter on every page, not only the rest', async () => {
    const first = await page('filter=status[eq]:TODO&order_by=position&limit=4');
    expect(first.totalCount).toBe(13);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await page(
      `filter=status[eq]:TODO&order_by=position&limit=4&starting_after=${encodeURIComponent(first.pageInfo.endCursor as string)}`,
    );
    expect(second.totalCount).toBe(13);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const ids = await walkForward('filter=status[eq]:TODO&order_by=position', 4);
    expect(ids).toHaveLength(13);
  });

  it('an empty page has null cursors', async () => {
    const empty = await page('filter=title[eq]:nothing');
    expect(empty).toEqual({
      ids: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
  });

  it('refuses a plain record id as starting_after, as real Twenty does', async () => {
    const all = (await page('order_by=position&limit=200')).ids;
    const reply = await h.call('GET', `/rest/tasks?order_by=position&starting_after=${all[4]}`);
    expect(errorMessage(reply, 400)).toBe(`Invalid cursor: ${all[4]}`);
  });

  it('default order is by id', async () => {
    const ids = (await page('limit=200')).ids;
    expect(ids).toEqual([...ids].sort());
  });

  it('refuses a cursor that is not one', async () => {
    expect(errorMessage(await h.call('GET', '/rest/tasks?starting_after=%%%'), 400)).toContain(
      'Invalid cursor',
    );
    expect(
      errorMessage(await h.call('GET', '/rest/tasks?ending_before=bm90IGpzb24'), 400),
    ).toContain('Invalid cursor');
  });

  it('refuses a bad filter or order_by with a 400', async () => {
    expect(errorMessage(await h.call('GET', '/rest/tasks?filter=status[eq]:OPEN'), 400)).toContain(
      'status',
    );
    expect(errorMessage(await h.call('GET', '/rest/tasks?order_by=nope'), 400)).toContain('nope');
    expect(
      errorMessage(await h.call('GET', '/rest/taskTargets?filter=personId[eq]:x'), 400),
    ).toContain('task relations cannot be filtered');
  });
});
