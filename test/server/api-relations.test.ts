import { errorMessage, openHarness, uuid, type Harness } from './api-harness.ts';

let h: Harness;
let task: string;
let person: string;
let company: string;
let opportunity: string;

beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());
beforeEach(async () => {
  await h.reset();
  task = (await h.create('tasks', { title: 'Follow up call' })).id as string;
  company = (await h.create('companies', { name: 'Acme' })).id as string;
  person = (await h.create('people', { companyId: company })).id as string;
  opportunity = (await h.create('opportunities', { companyId: company, pointOfContactId: person }))
    .id as string;
});

const link = (body: Record<string, unknown>) => h.call('POST', '/rest/taskTargets', body);
const count = async (object: string) => (await h.call('GET', `/rest/${object}`)).body.totalCount;

describe('one target per relation', () => {
  it.each(['personId', 'companyId', 'opportunityId'])('links a task to one %s', async (key) => {
    const target = { personId: person, companyId: company, opportunityId: opportunity }[key];
    const reply = await link({ taskId: task, [key]: target });
    expect(reply.status).toBe(201);
    expect(reply.body.data!.createTaskTarget).toMatchObject({ taskId: task, [key]: target });
  });

  it('refuses a relation with no target', async () => {
    expect(errorMessage(await link({ taskId: task }), 400)).toContain('one target per relation');
  });

  it('refuses a relation with two targets', async () => {
    const reply = await link({ taskId: task, personId: person, companyId: company });
    expect(errorMessage(reply, 400)).toContain('one target per relation');
    expect(await count('taskTargets')).toBe(0);
  });

  it('refuses a relation without a task', async () => {
    expect(errorMessage(await link({ personId: person }), 400)).toContain("'taskId' is required");
  });

  it('refuses an update that would leave zero or two targets', async () => {
    const id = (
      (await link({ taskId: task, personId: person })).body.data!.createTaskTarget as { id: string }
    ).id;
    const two = await h.call('PATCH', `/rest/taskTargets/${id}`, { companyId: company });
    expect(errorMessage(two, 400)).toContain('one target per relation');
    const none = await h.call('PATCH', `/rest/taskTargets/${id}`, { personId: null });
    expect(errorMessage(none, 400)).toContain('one target per relation');
    const noTask = await h.call('PATCH', `/rest/taskTargets/${id}`, { taskId: null });
    expect(errorMessage(noTask, 400)).toContain("'taskId' is required");
    const moved = await h.call('PATCH', `/rest/taskTargets/${id}`, {
      personId: null,
      opportunityId: opportunity,
    });
    expect(moved.body.data!.updateTaskTarget).toMatchObject({
      personId: null,
      opportunityId: opportunity,
    });
  });

  it('lets the database refuse a second target even without the API', async () => {
    await expect(
      h.db.query(
        `INSERT INTO task_targets ("id", "taskId", "personId", "companyId") VALUES ($1, $2, $3, $4)`,
        [uuid(1), task, person, company],
      ),
    ).rejects.toThrow(/chk_task_targets_one_target/);
  });
});

describe('foreign keys', () => {
  it.each([
    ['taskTargets', 'taskId', 'task'],
    ['taskTargets', 'personId', 'person'],
    ['taskTargets', 'companyId', 'company'],
    ['taskTargets', 'opportunityId', 'opportunity'],
    ['tasks', 'assigneeId', 'workspaceMember'],
    ['people', 'companyId', 'company'],
    ['companies', 'accountOwnerId', 'workspaceMember'],
    ['opportunities', 'pointOfContactId', 'person'],
    ['opportunities', 'ownerId', 'workspaceMember'],
  ])('%s: an unknown %s -> 400 naming the field', async (object, field, target) => {
    const body =
      object !== 'taskTargets'
        ? { [field]: uuid(999) }
        : field === 'taskId'
          ? { taskId: uuid(999), personId: person }
          : { taskId: task, [field]: uuid(999) };
    const message = errorMessage(await h.call('POST', `/rest/${object}`, body), 400);
    expect(message).toBe(`Invalid value for '${field}': no ${target} found with id '${uuid(999)}'`);
  });

  it('checks foreign keys on update too', async () => {
    const reply = await h.call('PATCH', `/rest/people/${person}`, { companyId: uuid(998) });
    expect(errorMessage(reply, 400)).toContain("'companyId'");
  });

  it('checks every record of a batch and creates none when one is wrong', async () => {
    const reply = await h.call('POST', '/rest/batch/taskTargets', [
      { taskId: task, personId: person },
      { taskId: task, companyId: uuid(5) },
    ]);
    expect(errorMessage(reply, 400)).toContain("'companyId'");
    expect(await count('taskTargets')).toBe(0);
  });
});

describe('deletes', () => {
  it('deleting a task removes its relations and nothing else', async () => {
    await link({ taskId: task, personId: person });
    await link({ taskId: task, companyId: company });
    const other = (await h.create('tasks', { title: 'other' })).id as string;
    await link({ taskId: other, personId: person });
    expect((await h.call('DELETE', `/rest/tasks/${task}`)).status).toBe(200);
    const left = (await h.call('GET', '/rest/taskTargets')).body.data!.taskTargets as {
      taskId: string;
    }[];
    expect(left.map((t) => t.taskId)).toEqual([other]);
    expect((await h.call('GET', `/rest/people/${person}`)).status).toBe(200);
  });

  it('deleting a relation keeps its task', async () => {
    const id = (
      (await link({ taskId: task, personId: person })).body.data!.createTaskTarget as { id: string }
    ).id;
    const reply = await h.call('DELETE', `/rest/taskTargets/${id}`);
    expect(reply.body.data!.deleteTaskTarget).toEqual({ id });
    expect((await h.call('GET', `/rest/tasks/${task}`)).status).toBe(200);
    expect(await count('taskTargets')).toBe(0);
  });

  it('deleting a target removes its relations; the task stays', async () => {
    await link({ taskId: task, personId: person });
    await h.call('DELETE', `/rest/people/${person}`);
    expect(await count('taskTargets')).toBe(0);
    expect((await h.call('GET', `/rest/tasks/${task}`)).status).toBe(200);
  });

  it('deleting a referenced record clears the references to it', async () => {
    await h.call('DELETE', `/rest/companies/${company}`);
    const got = await h.call('GET', `/rest/people/${person}`);
    expect(got.body.data!.person).toMatchObject({ companyId: null });
    const opp = await h.call('GET', `/rest/opportunities/${opportunity}`);
    expect(opp.body.data!.opportunity).toMatchObject({ companyId: null, pointOfContactId: person });
  });
});
