import { errorMessage, openHarness, uuid, type Harness, type Reply } from './api-harness.ts';

// The embedded server answers as ../shared/contract/twenty-observed.md records a live Twenty
// (apart from the Dalil page's three rules), and refuses with a 400 "Dalil does not support"
// what Twenty quietly gets wrong. Each block names the behaviour as the closing note lists it.

type Rec = Record<string, unknown>;
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());
beforeEach(() => h.reset());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const list = async (query: string) => {
  const reply = await h.call('GET', `/rest/tasks?${query}`);
  expect(reply.status).toBe(200);
  return reply.body as Rec & {
    data: { tasks: Rec[] };
    pageInfo: Rec & { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
};
const seedTasks = (bodies: Rec[]) => h.call('POST', '/rest/batch/tasks', bodies);

/** The "Dalil does not support" message of a 400, after checking the body's shape. */
function refusal(reply: Reply): string {
  const message = errorMessage(reply, 400);
  expect(message).toMatch(/^Dalil does not support /);
  return message;
}

describe('writes', () => {
  it('DELETE answers only the id', async () => {
    const task = await h.create('tasks', { title: 'Gone soon' });
    const reply = await h.call('DELETE', `/rest/tasks/${task.id}`);
    expect(reply).toEqual({ status: 200, body: { data: { deleteTask: { id: task.id } } } });
  });

  it('fills what a create leaves out as Twenty does: text "", a task TODO, a stage NEW', async () => {
    const task = await h.create('tasks', {});
    expect(task).toMatchObject({
      title: '',
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
      bodyV2: { markdown: '', blocknote: '' },
    });
    const person = await h.create('people', {});
    expect(person).toMatchObject({
      name: { firstName: '', lastName: '' },
      emails: { primaryEmail: '', additionalEmails: [] },
      phones: { primaryPhoneNumber: '', additionalPhones: [] },
      linkedinLink: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: [] },
      jobTitle: '',
      city: '',
      companyId: null,
    });
    expect(await h.create('opportunities', {})).toMatchObject({ name: '', stage: 'NEW' });
    expect(await h.create('companies', {})).toMatchObject({
      name: '',
      idealCustomerProfile: false,
      employees: null,
    });
    // What the client does send is kept, null included.
    expect(await h.create('tasks', { status: null, title: 'x' })).toMatchObject({
      status: null,
      title: 'x',
    });
  });

  it('places new records first, below the current minimum position; a batch keeps its order', async () => {
    const first = await h.create('tasks', { title: 'first' });
    const second = await h.create('tasks', { title: 'second' });
    expect(second.position as number).toBeLessThan(first.position as number);
    const batch = await seedTasks([{ title: 'b1' }, { title: 'b2' }]);
    const [b1, b2] = batch.body.data!.createTasks as Rec[];
    expect(b1!.position as number).toBeLessThan(b2!.position as number);
    expect(b2!.position as number).toBeLessThan(second.position as number);
    const titles = (await list('order_by=position')).data.tasks.map((t) => t.title);
    expect(titles).toEqual(['b1', 'b2', 'second', 'first']);
  });

  it('takes a batch of up to 200, answers [] with an empty 201, refuses 201 items', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `t${i}` }));
    const ok = await seedTasks(many(61));
    expect(ok.status).toBe(201);
    expect(ok.body.data!.createTasks).toHaveLength(61);
    expect(await seedTasks([])).toEqual({ status: 201, body: { data: { createTasks: [] } } });
    const tooMany = await seedTasks(many(201));
    expect(errorMessage(tooMany, 400)).toMatch(/Maximum number of records to upsert is 200/);
    expect((await list('limit=0')).totalCount).toBe(61);
  });

  it('answers a malformed JSON body with NestJS own shape: one message, no messages[]', async () => {
    const reply = await h.call('POST', '/rest/tasks', '{"title": ');
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/JSON/),
    });
  });
});

describe('limits', () => {
  it('limit=0 is an empty page that says more rows exist; above 200 is capped', async () => {
    await seedTasks(Array.from({ length: 3 }, (_, i) => ({ title: `t${i}` })));
    const empty = await list('limit=0');
    expect(empty.data.tasks).toEqual([]);
    expect(empty.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
    expect(empty.totalCount).toBe(3);
    expect((await list('limit=5000')).data.tasks).toHaveLength(3);
    expect(errorMessage(await h.call('GET', '/rest/tasks?limit=-1'), 400)).toMatch(/limit/);
  });
});

describe('cursors', () => {
  beforeEach(async () => {
    await seedTasks(Array.from({ length: 5 }, (_, i) => ({ id: uuid(i + 1), title: `t${i}` })));
  });

  it('are standard padded base64 of the order values and the id, keys in order_by order', async () => {
    const page = await list('order_by=position[DescNullsLast]&limit=2');
    const cursor = page.pageInfo.endCursor!;
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(cursor.length % 4).toBe(0);
    const last = page.data.tasks[1]!;
    expect(Object.entries(JSON.parse(Buffer.from(cursor, 'base64').toString()) as Rec)).toEqual([
      ['position', last.position],
      ['id', last.id],
    ]);
  });

  it('a plain record id is not a cursor: 400 Invalid cursor', async () => {
    const reply = await h.call('GET', `/rest/tasks?starting_after=${uuid(1)}`);
    expect(errorMessage(reply, 400)).toBe(`Invalid cursor: ${uuid(1)}`);
    expect(reply.body.error).toBe('BadRequestException');
  });

  it('a cursor that decodes but does not fit the order_by has code INVALID_CURSOR', async () => {
    const cursor = encodeURIComponent(b64({ title: 't1', id: uuid(1) }));
    const reply = await h.call('GET', `/rest/tasks?order_by=position&starting_after=${cursor}`);
    expect(errorMessage(reply, 400)).toMatch(/^Invalid cursor/);
    expect(reply.body).toMatchObject({ error: 'Error', code: 'INVALID_CURSOR' });
  });

  it('a cursor of {} counts as no cursor', async () => {
    const all = await list('limit=10');
    const withEmpty = await list(`limit=10&starting_after=${encodeURIComponent(b64({}))}`);
    expect(withEmpty.data.tasks).toEqual(all.data.tasks);
  });
});

describe('errors of query parameters carry Twenty error and code', () => {
  it.each([
    ['order_by=nope', 'FIELD_NOT_FOUND'],
    ['order_by=name.firstName', 'FIELD_NOT_FOUND'],
    ['order_by=bodyV2', 'INVALID_QUERY_INPUT'],
    ['filter=nope[eq]:1', undefined],
  ])('%s', async (query, code) => {
    const reply = await h.call('GET', `/rest/tasks?${query}`);
    errorMessage(reply, 400);
    expect(reply.body.error).toBe('Error');
    expect(reply.body.code).toBe(code);
  });

  it('an empty filter= is a 400, not "every record"', async () => {
    expect(errorMessage(await h.call('GET', '/rest/tasks?filter='), 400)).toMatch(/filter/);
  });
});

describe('order', () => {
  it('a SELECT field sorts in option order: TODO, IN_PROGRESS, DONE', async () => {
    await seedTasks(
      ['DONE', 'TODO', 'IN_PROGRESS', 'DONE', 'TODO'].map((status) => ({ status, title: status })),
    );
    const statuses = (await list('order_by=status[AscNullsLast]')).data.tasks.map((t) => t.status);
    expect(statuses).toEqual(['TODO', 'TODO', 'IN_PROGRESS', 'DONE', 'DONE']);
    const down = (await list('order_by=status[DescNullsLast]')).data.tasks.map((t) => t.status);
    expect(down).toEqual(['DONE', 'DONE', 'IN_PROGRESS', 'TODO', 'TODO']);
  });
});

describe('loud refusals of what Twenty quietly gets wrong', () => {
  beforeEach(async () => {
    await seedTasks(
      Array.from({ length: 6 }, (_, i) => ({
        id: uuid(i + 1),
        title: `t${i}`,
        dueAt: i < 3 ? `2026-02-0${i + 1}T09:00:00Z` : null,
      })),
    );
  });

  it('a cursor after a page sorted by a nullable field (dueAt)', async () => {
    const page = await list('order_by=dueAt[AscNullsLast]&limit=2');
    const after = encodeURIComponent(page.pageInfo.endCursor!);
    for (const param of ['starting_after', 'ending_before']) {
      const reply = await h.call(
        'GET',
        `/rest/tasks?order_by=dueAt[AscNullsLast]&${param}=${after}`,
      );
      expect(refusal(reply)).toMatch(/sorted by 'dueAt'.*NOT_NULL/);
    }
    // A first page sorted by it is fine: only following it with a cursor is refused.
    expect(page.data.tasks).toHaveLength(2);
  });

  it('a cursor that holds a NULL sort value', async () => {
    const cursor = encodeURIComponent(b64({ dueAt: null, id: uuid(5) }));
    const reply = await h.call(
      'GET',
      `/rest/tasks?order_by=dueAt&filter=dueAt[is]:NOT_NULL&starting_after=${cursor}`,
    );
    expect(refusal(reply)).toMatch(/NULL sort value/);
  });

  it('a cursor over a composite order_by (name.firstName)', async () => {
    await h.create('workspaceMembers', { name: { firstName: 'Ada', lastName: 'L' } });
    await h.create('workspaceMembers', { name: { firstName: 'Bo', lastName: 'K' } });
    const first = await h.call('GET', '/rest/workspaceMembers?order_by=name.firstName&limit=1');
    expect(first.status).toBe(200);
    const cursor = (first.body.pageInfo as Rec).endCursor as string;
    // The cursor is Twenty's shape, the whole composite nested.
    expect(Object.keys(JSON.parse(Buffer.from(cursor, 'base64').toString()) as Rec)).toEqual([
      'name',
      'id',
    ]);
    const next = await h.call(
      'GET',
      `/rest/workspaceMembers?order_by=name.firstName&limit=1&starting_after=${encodeURIComponent(cursor)}`,
    );
    expect(refusal(next)).toMatch(/composite order_by \('name.firstName'\)/);
  });

  it('startsWith without %; with % it is a plain LIKE', async () => {
    expect(refusal(await h.call('GET', '/rest/tasks?filter=title[startsWith]:t'))).toMatch(
      /startsWith without '%'/,
    );
    const titles = (await list('filter=title[startsWith]:"t%25"')).data.tasks.map((t) => t.title);
    expect(titles).toHaveLength(6);
  });

  it.each(['null', 'Null', 'not_null'])('is:%s in lower case', async (value) => {
    expect(refusal(await h.call('GET', `/rest/tasks?filter=dueAt[is]:${value}`))).toMatch(
      /lower case/,
    );
  });

  it.each(['"a (b"', "'a ) b'", 'or(title[eq]:"x",title[eq]:"(")'])(
    'a bracket inside a quoted value: %s',
    async (value) => {
      const filter = value.startsWith('or(') ? value : `title[eq]:${value}`;
      const reply = await h.call('GET', `/rest/tasks?filter=${encodeURIComponent(filter)}`);
      expect(refusal(reply)).toMatch(/bracket/);
    },
  );

  it('a comma inside a quoted in[] item', async () => {
    const reply = await h.call(
      'GET',
      `/rest/tasks?filter=${encodeURIComponent('title[in]:["a,b"]')}`,
    );
    expect(refusal(reply)).toMatch(/comma/);
  });

  it('endsWith is not a REST comparator', async () => {
    const message = errorMessage(await h.call('GET', '/rest/tasks?filter=title[endsWith]:1'), 400);
    expect(message).toMatch(/unknown comparator 'endsWith'.*Allowed: eq, neq/);
  });
});
