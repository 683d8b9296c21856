import { API_KEY, errorMessage, openHarness, uuid, type Harness } from './api-harness.ts';

let h: Harness;
let taskId: string;
beforeAll(async () => {
  h = await openHarness();
  taskId = (await h.create('tasks', { title: 'fixture' })).id as string;
});
afterAll(() => h.db.close());

const post = (object: string, body: unknown) => h.call('POST', `/rest/${object}`, body);

describe('bodies', () => {
  it.each([
    ['an array to a single create', [{ title: 'x' }], 'Body must be a JSON object'],
    ['a string', '"title"', 'Body must be a JSON object'],
    ['null', 'null', 'Body must be a JSON object'],
  ])('refuses %s', async (_, body, message) => {
    expect(errorMessage(await post('tasks', body), 400)).toContain(message);
  });

  // NestJS's own shape, as Twenty answers it: one `message`, no `messages`.
  it.each([
    ['bad JSON', '{"title": ', 'Invalid JSON body'],
    ['an empty body', '', 'Body is empty'],
  ])('refuses %s with NestJS own body', async (_, body, message) => {
    const reply = await post('tasks', body);
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining(message),
    });
  });

  it.each([
    [{ nope: 1 }, "Unknown field 'nope' on task"],
    [{ body: 'text' }, "Unknown field 'body' on task; send bodyV2: {markdown}"],
    [{ assignee: {} }, "'assignee' is a relation; set 'assigneeId' instead"],
    [{ taskTargets: [] }, "'taskTargets' is a relation"],
    [{ title: 5 }, "Invalid value for 'title': expected a string, got 5"],
    [
      { status: 'OPEN' },
      "Invalid value for 'status': OPEN is not allowed. Allowed values: TODO, IN_PROGRESS, DONE",
    ],
    [{ dueAt: 'tomorrow' }, "Invalid value for 'dueAt': expected an ISO 8601 date-time string"],
    [{ dueAt: '2024-02-30T10:00:00Z' }, "Invalid value for 'dueAt'"],
    [{ dueAt: 1700000000 }, "Invalid value for 'dueAt'"],
    [{ assigneeId: 'abc' }, "Invalid value for 'assigneeId': 'abc' is not a valid UUID"],
    [{ id: 'abc' }, "Invalid value for 'id': 'abc' is not a valid UUID"],
    [{ id: null }, "'id' cannot be null"],
    [{ position: '3' }, "Invalid value for 'position': expected a number"],
    [{ bodyV2: 'text' }, "Invalid value for 'bodyV2': expected an object with blocknote, markdown"],
    [
      { bodyV2: { html: '<p>' } },
      "Unknown sub-field 'html' of 'bodyV2' on task. Allowed: blocknote, markdown",
    ],
    [{ bodyV2: { blocknote: 'not json' } }, "Invalid value for 'bodyV2.blocknote'"],
    [{ bodyV2: { markdown: 3 } }, "Invalid value for 'bodyV2.markdown': expected a string"],
  ])('task body %j -> 400', async (body, message) => {
    expect(errorMessage(await post('tasks', body), 400)).toContain(message);
  });

  it.each([
    [
      'people',
      { name: 'Ada' },
      "Invalid value for 'name': expected an object with firstName, lastName",
    ],
    [
      'people',
      { emails: { primaryEmail: 'a@x', additionalEmails: 'b@x' } },
      "Invalid value for 'emails.additionalEmails': expected an array",
    ],
    ['companies', { employees: 1.5 }, "Invalid value for 'employees': expected an integer"],
    [
      'companies',
      { idealCustomerProfile: 'yes' },
      "Invalid value for 'idealCustomerProfile': expected a boolean",
    ],
    [
      'companies',
      { annualRecurringRevenue: { amountMicros: 'lots' } },
      "'annualRecurringRevenue.amountMicros': expected a number",
    ],
    [
      'opportunities',
      { stage: 'WON' },
      'Allowed values: NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER',
    ],
    ['opportunities', { closeDate: '2024-13-01' }, "Invalid value for 'closeDate'"],
  ])('%s body %j -> 400', async (object, body, message) => {
    expect(errorMessage(await post(object, body), 400)).toContain(message);
  });

  it('validates updates the same way and names the field', async () => {
    const reply = await h.call('PATCH', `/rest/tasks/${taskId}`, { status: 'LATER' });
    expect(errorMessage(reply, 400)).toContain("'status'");
    expect(errorMessage(await h.call('PATCH', `/rest/tasks/${taskId}`, '[1]'), 400)).toContain(
      'JSON object',
    );
  });

  it('accepts dates with offsets or without a time, stored as UTC ISO strings', async () => {
    const a = await h.create('tasks', { dueAt: '2024-03-15T10:00:00+01:00' });
    const b = await h.create('tasks', { dueAt: '2024-03-15' });
    expect(a.dueAt).toBe('2024-03-15T09:00:00.000Z');
    expect(b.dueAt).toBe('2024-03-15T00:00:00.000Z');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const reply = await post('tasks', { title: 'x'.repeat(1_100_000) });
    expect(errorMessage(reply, 413)).toContain('larger than');
  });

  it('labels which record of a batch is wrong', async () => {
    const reply = await h.call('POST', '/rest/batch/tasks', [{ title: 'ok' }, { status: 'NOPE' }]);
    expect(errorMessage(reply, 400)).toMatch(/^record 1: Invalid value for 'status'/);
  });
});

describe('batch bodies', () => {
  it.each([
    [{ title: 'x' }, 'Body must be an array'],
    [Array.from({ length: 201 }, () => ({})), 'Maximum number of records to upsert is 200'],
  ])('refuses %#', async (body, message) => {
    expect(errorMessage(await h.call('POST', '/rest/batch/tasks', body), 400)).toContain(message);
  });

  it('accepts exactly 200 records', async () => {
    const reply = await h.call(
      'POST',
      '/rest/batch/companies',
      Array.from({ length: 200 }, () => ({})),
    );
    expect(reply.status).toBe(201);
  });
});

describe('paths and query parameters', () => {
  it('names an unknown object and suggests the plural', async () => {
    expect(errorMessage(await h.call('GET', '/rest/task'), 400)).toBe(
      "object 'task' not found. Did you mean 'tasks'?",
    );
    expect(errorMessage(await h.call('GET', '/rest/person/' + taskId), 400)).toContain(
      "Did you mean 'people'?",
    );
    expect(errorMessage(await h.call('POST', '/rest/widgets', {}), 400)).toBe(
      "object 'widgets' not found.",
    );
  });

  it.each(['GET', 'PATCH', 'DELETE'])('%s with a malformed id -> 400 naming it', async (method) => {
    const reply = await h.call(
      method,
      '/rest/tasks/not-a-uuid',
      method === 'PATCH' ? {} : undefined,
    );
    expect(errorMessage(reply, 400)).toBe("'not-a-uuid' is not a valid UUID");
  });

  it.each(['GET', 'PATCH', 'DELETE'])('%s with an unknown id -> 404', async (method) => {
    const reply = await h.call(
      method,
      `/rest/tasks/${uuid(777)}`,
      method === 'PATCH' ? {} : undefined,
    );
    expect(errorMessage(reply, 404)).toBe('Record not found');
  });

  it.each([
    ['limit=abc', "limit 'abc' is invalid. Should be an integer"],
    ['limit=-1', "limit '-1' is invalid"],
    ['limit=2.5', "limit '2.5' is invalid"],
    ['depth=2', "'depth=2' parameter invalid. Allowed values are 0, 1"],
    ['depth=x', "'depth=x' parameter invalid"],
    ['starting_after=a&ending_before=b', 'Cannot provide both starting_after and ending_before'],
  ])('GET /rest/tasks?%s -> 400', async (query, message) => {
    expect(errorMessage(await h.call('GET', `/rest/tasks?${query}`), 400)).toContain(message);
  });

  it('clamps a large limit to 200 silently', async () => {
    for (let i = 0; i < 4; i++) {
      await h.call(
        'POST',
        '/rest/batch/workspaceMembers',
        Array.from({ length: 60 }, () => ({})),
      );
    }
    const reply = await h.call('GET', '/rest/workspaceMembers?limit=5000');
    expect(reply.status).toBe(200);
    expect(reply.body.data!.workspaceMembers).toHaveLength(200);
    expect(reply.body.pageInfo).toMatchObject({ hasNextPage: true });
    expect(reply.body.totalCount).toBe(240);
  });

  it('uses a default limit of 60', async () => {
    const reply = await h.call('GET', '/rest/workspaceMembers');
    expect(reply.body.data!.workspaceMembers).toHaveLength(60);
  });

  it('accepts depth on create and update', async () => {
    const member = await h.create('workspaceMembers', {});
    const reply = await h.call('POST', '/rest/tasks?depth=1', { assigneeId: member.id });
    expect(reply.body.data!.createTask).toMatchObject({
      assignee: { id: member.id },
      taskTargets: [],
    });
    const id = (reply.body.data!.createTask as { id: string }).id;
    const patched = await h.call('PATCH', `/rest/tasks/${id}?depth=1`, { title: 'x' });
    expect(patched.body.data!.updateTask).toMatchObject({ assignee: { id: member.id } });
    expect(errorMessage(await h.call('POST', '/rest/tasks?depth=3', {}), 400)).toContain('depth');
  });

  it('answers an unknown /rest route with a 404 error body', async () => {
    const reply = await h.call('GET', '/rest/tasks/a/b');
    expect(errorMessage(reply, 404)).toBe('Cannot GET /rest/tasks/a/b');
  });

  it('never echoes the API key', async () => {
    const replies = await Promise.all([h.call('GET', '/rest/nope'), post('tasks', '{')]);
    for (const reply of replies) expect(JSON.stringify(reply.body)).not.toContain(API_KEY);
  });
});
