import { errorMessage, openHarness, uuid, type Harness } from './api-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());
beforeEach(() => h.reset());

// A valid body per object, and the keys of the contract's section 1 envelopes.
const cases = [
  {
    object: 'tasks',
    one: 'Task',
    many: 'Tasks',
    body: { title: 'Call Ada', status: 'TODO' },
    patch: { status: 'DONE' },
  },
  {
    object: 'people',
    one: 'Person',
    many: 'People',
    body: { name: { firstName: 'Ada', lastName: 'Lovelace' } },
    patch: { jobTitle: 'CTO' },
  },
  {
    object: 'companies',
    one: 'Company',
    many: 'Companies',
    body: { name: 'Acme', employees: 12 },
    patch: { idealCustomerProfile: true },
  },
  {
    object: 'opportunities',
    one: 'Opportunity',
    many: 'Opportunities',
    body: { name: 'Deal', stage: 'NEW' },
    patch: { stage: 'MEETING' },
  },
  {
    object: 'workspaceMembers',
    one: 'WorkspaceMember',
    many: 'WorkspaceMembers',
    body: { userEmail: 'm@x.io' },
    patch: { locale: 'fr' },
  },
] as const;

describe.each(cases)('/rest/$object', ({ object, one, many, body, patch }) => {
  const singular = one.charAt(0).toLowerCase() + one.slice(1);

  it('creates (201, create<Singular>), reads, lists, updates and deletes', async () => {
    const created = await h.call('POST', `/rest/${object}`, body);
    expect(created.status).toBe(201);
    const record = created.body.data![`create${one}`] as Record<string, unknown>;
    expect(record).toMatchObject(body);
    const id = record.id as string;

    const got = await h.call('GET', `/rest/${object}/${id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ data: { [singular]: expect.objectContaining({ id }) } });

    const list = await h.call('GET', `/rest/${object}`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      data: { [object]: [expect.objectContaining({ id })] },
      pageInfo: {
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: expect.any(String),
        endCursor: expect.any(String),
      },
      totalCount: 1,
    });

    const updated = await h.call('PATCH', `/rest/${object}/${id}`, patch);
    expect(updated.status).toBe(200);
    expect(updated.body.data![`update${one}`]).toMatchObject({ id, ...patch });

    const deleted = await h.call('DELETE', `/rest/${object}/${id}`);
    expect(deleted.status).toBe(200);
    // As Twenty: only the id comes back.
    expect(deleted.body.data![`delete${one}`]).toEqual({ id });
    expect(errorMessage(await h.call('GET', `/rest/${object}/${id}`), 404)).toBe(
      'Record not found',
    );
  });

  it('creates a batch (201, create<Plural>) in order', async () => {
    const reply = await h.call('POST', `/rest/batch/${object}`, [body, body]);
    expect(reply.status).toBe(201);
    const records = reply.body.data![`create${many}`] as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    expect(records[0]!.position).toBeLessThan(records[1]!.position as number);
    expect((await h.call('GET', `/rest/${object}`)).body.totalCount).toBe(2);
  });
});

describe('task relations CRUD', () => {
  it('uses the taskTarget envelope keys', async () => {
    const task = await h.create('tasks', { title: 'T' });
    const person = await h.create('people', {});
    const created = await h.call('POST', '/rest/taskTargets', {
      taskId: task.id,
      personId: person.id,
    });
    expect(created.status).toBe(201);
    const id = (created.body.data!.createTaskTarget as { id: string }).id;
    expect((await h.call('GET', `/rest/taskTargets/${id}`)).body.data!.taskTarget).toMatchObject({
      id,
    });
    const company = await h.create('companies', {});
    const updated = await h.call('PATCH', `/rest/taskTargets/${id}`, {
      personId: null,
      companyId: company.id,
    });
    expect(updated.body.data!.updateTaskTarget).toMatchObject({
      personId: null,
      companyId: company.id,
    });
    const batch = await h.call('POST', '/rest/batch/taskTargets', [
      { taskId: task.id, personId: person.id },
    ]);
    expect(batch.body.data!.createTaskTargets).toHaveLength(1);
    expect(
      (await h.call('DELETE', `/rest/taskTargets/${id}`)).body.data!.deleteTaskTarget,
    ).toMatchObject({ id });
  });
});

describe('server-filled fields', () => {
  it('fills id, createdAt, updatedAt, position, createdBy, deletedAt', async () => {
    const first = await h.create('tasks', { title: 'one' });
    const second = await h.create('tasks', { title: 'two' });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(first.createdAt as string).toISOString()).toBe(first.createdAt);
    expect(first.updatedAt).toBe(first.createdAt);
    expect(first.deletedAt).toBeNull();
    expect(first.createdBy).toEqual({ source: 'API', workspaceMemberId: null, name: 'API key' });
    // As Twenty: a new record goes first, below the current minimum.
    expect(second.position).toBe((first.position as number) - 1);
  });

  it('ignores system fields on create and refuses them on update', async () => {
    const task = await h.create('tasks', {
      title: 'x',
      createdAt: '2001-01-01T00:00:00Z',
      createdBy: { source: 'MANUAL', name: 'Mallory' },
    });
    expect(task.createdAt).not.toBe('2001-01-01T00:00:00.000Z');
    expect(task.createdBy).toEqual({ source: 'API', workspaceMemberId: null, name: 'API key' });
    for (const field of ['createdAt', 'updatedAt', 'deletedAt', 'createdBy']) {
      const value = field === 'createdBy' ? { name: 'x' } : '2001-01-01T00:00:00Z';
      const reply = await h.call('PATCH', `/rest/tasks/${task.id}`, { [field]: value });
      expect(errorMessage(reply, 400)).toContain(`'${field}' is set by the server`);
    }
  });

  it('moves updatedAt on update and keeps fields not sent', async () => {
    const task = await h.create('tasks', { title: 'keep', status: 'TODO' });
    await new Promise((r) => setTimeout(r, 5));
    const reply = await h.call('PATCH', `/rest/tasks/${task.id}`, { status: 'IN_PROGRESS' });
    const updated = reply.body.data!.updateTask as Record<string, unknown>;
    expect(updated).toMatchObject({
      title: 'keep',
      status: 'IN_PROGRESS',
      createdAt: task.createdAt,
    });
    expect(new Date(updated.updatedAt as string).getTime()).toBeGreaterThan(
      new Date(task.updatedAt as string).getTime(),
    );
  });
});

describe('client ids (idempotent creates)', () => {
  it('keeps a client id and refuses a second create with it, changing nothing', async () => {
    const id = uuid(42);
    const first = await h.create('tasks', { id, title: 'first' });
    expect(first.id).toBe(id);
    const again = await h.call('POST', '/rest/tasks', { id, title: 'second' });
    expect(errorMessage(again, 400)).toBe('Record already exists');
    const stored = await h.call('GET', `/rest/tasks/${id}`);
    expect(stored.body.data!.task).toMatchObject({ title: 'first' });
  });

  it('refuses a batch that reuses an existing id, creating none of it', async () => {
    await h.create('tasks', { id: uuid(1), title: 'exists' });
    const reply = await h.call('POST', '/rest/batch/tasks', [{ id: uuid(2) }, { id: uuid(1) }]);
    expect(errorMessage(reply, 400)).toContain('Record already exists');
    expect((await h.call('GET', '/rest/tasks')).body.totalCount).toBe(1);
  });

  it('refuses the same id twice within a batch', async () => {
    const reply = await h.call('POST', '/rest/batch/tasks', [{ id: uuid(3) }, { id: uuid(3) }]);
    expect(errorMessage(reply, 400)).toContain('appears twice');
  });

  it('accepts an id in an update body only when it is the path id', async () => {
    const task = await h.create('tasks', { title: 'x' });
    expect(
      (await h.call('PATCH', `/rest/tasks/${task.id}`, { id: task.id, title: 'y' })).status,
    ).toBe(200);
    const reply = await h.call('PATCH', `/rest/tasks/${task.id}`, { id: uuid(9) });
    expect(errorMessage(reply, 400)).toContain("'id' cannot be changed");
  });
});
