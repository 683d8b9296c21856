import { RELATION_CAP } from '../../server/records/depth.ts';
import { openHarness, type Harness } from './api-harness.ts';

type Rec = Record<string, unknown>;

let h: Harness;
let ids: Record<'member' | 'company' | 'person' | 'opportunity' | 'task' | 'relation', string>;

beforeAll(async () => {
  h = await openHarness();
  const member = await h.create('workspaceMembers', { name: { firstName: 'Mo', lastName: 'Ray' } });
  const company = await h.create('companies', { name: 'Acme', accountOwnerId: member.id });
  const person = await h.create('people', {
    name: { firstName: 'Ada', lastName: 'L' },
    companyId: company.id,
  });
  const opportunity = await h.create('opportunities', {
    name: 'Deal',
    companyId: company.id,
    pointOfContactId: person.id,
    ownerId: member.id,
  });
  const task = await h.create('tasks', {
    title: 'Call',
    assigneeId: member.id,
    bodyV2: { markdown: 'Hi\n\nthere' },
  });
  const relation = await h.create('taskTargets', { taskId: task.id, personId: person.id });
  ids = {
    member: member.id as string,
    company: company.id as string,
    person: person.id as string,
    opportunity: opportunity.id as string,
    task: task.id as string,
    relation: relation.id as string,
  };
});
afterAll(() => h.db.close());

const get = async (object: string, id: string, depth?: number) => {
  const query = depth === undefined ? '' : `?depth=${depth}`;
  const reply = await h.call('GET', `/rest/${object}/${id}${query}`);
  return Object.values(reply.body.data!)[0] as Rec;
};

/** A record with only its own fields: no relation key, no nested object other than composites. */
const expectFlat = (record: Rec, relationNames: string[]) => {
  for (const name of relationNames) expect(record).not.toHaveProperty(name);
};

describe('record JSON', () => {
  it('has every field, composites nested, ISO dates, deletedAt null', async () => {
    const person = await get('people', ids.person);
    expect(Object.keys(person).sort()).toEqual(
      [
        'id',
        'createdAt',
        'updatedAt',
        'deletedAt',
        'position',
        'createdBy',
        'name',
        'emails',
        'phones',
        'linkedinLink',
        'xLink',
        'jobTitle',
        'city',
        'avatarUrl',
        'companyId',
      ].sort(),
    );
    expect(person.name).toEqual({ firstName: 'Ada', lastName: 'L' });
    // Parts never set: '' for text and [] for arrays, as Twenty stores them.
    expect(person.emails).toEqual({ primaryEmail: '', additionalEmails: [] });
    expect(person.phones).toEqual({
      primaryPhoneNumber: '',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '',
      additionalPhones: [],
    });
    expect(person.deletedAt).toBeNull();
    expect(person.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('derives a BlockNote document from markdown alone', async () => {
    const task = await get('tasks', ids.task);
    const body = task.bodyV2 as { markdown: string; blocknote: string };
    expect(body.markdown).toBe('Hi\n\nthere');
    const blocks = JSON.parse(body.blocknote) as { type: string; content: { text: string }[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.content.map((c) => c.text).join(''))).toEqual(['Hi', '', 'there']);
  });
});

describe('depth 0 (default except taskTargets)', () => {
  it.each([
    ['tasks', 'task', ['assignee', 'taskTargets']],
    ['people', 'person', ['company', 'taskTargets', 'pointOfContactForOpportunities']],
    ['companies', 'company', ['accountOwner', 'people', 'opportunities', 'taskTargets']],
    ['opportunities', 'opportunity', ['company', 'pointOfContact', 'owner', 'taskTargets']],
    [
      'workspaceMembers',
      'member',
      ['assignedTasks', 'accountOwnerForCompanies', 'ownedOpportunities'],
    ],
  ] as const)('%s has scalar foreign keys and no relations', async (object, key, relations) => {
    const record = await get(object, ids[key]);
    expectFlat(record, [...relations]);
    const listed = (await h.call('GET', `/rest/${object}`)).body.data![object] as Rec[];
    expectFlat(listed[0]!, [...relations]);
  });

  it('taskTargets default to depth 1; depth=0 leaves the relations out', async () => {
    expect(await get('taskTargets', ids.relation)).toHaveProperty('task');
    expectFlat(await get('taskTargets', ids.relation, 0), [
      'task',
      'person',
      'company',
      'opportunity',
    ]);
  });
});

describe('depth 1', () => {
  it('task: assignee record and taskTargets array, nested items flat', async () => {
    const task = await get('tasks', ids.task, 1);
    expect(task.assignee).toMatchObject({
      id: ids.member,
      name: { firstName: 'Mo', lastName: 'Ray' },
    });
    expectFlat(task.assignee as Rec, ['assignedTasks']);
    expect(task.taskTargets).toEqual([
      expect.objectContaining({ id: ids.relation, taskId: ids.task, personId: ids.person }),
    ]);
    expectFlat((task.taskTargets as Rec[])[0]!, ['task', 'person']);
  });

  it('taskTarget: task and person records, null for the unused targets', async () => {
    const relation = await get('taskTargets', ids.relation, 1);
    expect(relation.task).toMatchObject({ id: ids.task, title: 'Call' });
    expect(relation.person).toMatchObject({ id: ids.person });
    expect(relation.company).toBeNull();
    expect(relation.opportunity).toBeNull();
    expectFlat(relation.task as Rec, ['assignee', 'taskTargets']);
  });

  it('person: company, taskTargets and opportunities', async () => {
    const person = await get('people', ids.person, 1);
    expect(person.company).toMatchObject({ id: ids.company, name: 'Acme' });
    expect(person.taskTargets).toEqual([expect.objectContaining({ taskId: ids.task })]);
    expect(person.pointOfContactForOpportunities).toEqual([
      expect.objectContaining({ id: ids.opportunity }),
    ]);
  });

  it('company: accountOwner, people, opportunities, taskTargets', async () => {
    const company = await get('companies', ids.company, 1);
    expect(company.accountOwner).toMatchObject({ id: ids.member });
    expect(company.people).toEqual([expect.objectContaining({ id: ids.person })]);
    expect(company.opportunities).toEqual([expect.objectContaining({ id: ids.opportunity })]);
    expect(company.taskTargets).toEqual([]);
  });

  it('opportunity: company, pointOfContact, owner, taskTargets', async () => {
    const opportunity = await get('opportunities', ids.opportunity, 1);
    expect(opportunity).toMatchObject({
      company: { id: ids.company },
      pointOfContact: { id: ids.person },
      owner: { id: ids.member },
      taskTargets: [],
    });
  });

  it('workspace member: assigned tasks, owned companies and opportunities', async () => {
    const member = await get('workspaceMembers', ids.member, 1);
    expect(member.assignedTasks).toEqual([expect.objectContaining({ id: ids.task })]);
    expect(member.accountOwnerForCompanies).toEqual([expect.objectContaining({ id: ids.company })]);
    expect(member.ownedOpportunities).toEqual([expect.objectContaining({ id: ids.opportunity })]);
  });

  it('lists attach relations to every row of the page', async () => {
    const other = await h.create('tasks', { title: 'Unassigned' });
    const reply = await h.call('GET', '/rest/tasks?depth=1&order_by=title');
    const tasks = reply.body.data!.tasks as Rec[];
    expect(
      tasks.map((t) => [
        t.title,
        (t.assignee as Rec | null)?.id ?? null,
        (t.taskTargets as Rec[]).length,
      ]),
    ).toEqual([
      ['Call', ids.member, 1],
      ['Unassigned', null, 0],
    ]);
    await h.call('DELETE', `/rest/tasks/${other.id}`);
  });

  it(`caps nested one-to-many arrays at ${RELATION_CAP}, read by id or in a list, as Twenty does`, async () => {
    const task = await h.create('tasks', { title: 'Busy' });
    const people = await h.call(
      'POST',
      '/rest/batch/people',
      Array.from({ length: 60 }, () => ({})),
    );
    const more = await h.call(
      'POST',
      '/rest/batch/people',
      Array.from({ length: 5 }, () => ({})),
    );
    const personIds = [
      ...(people.body.data!.createPeople as Rec[]),
      ...(more.body.data!.createPeople as Rec[]),
    ].map((p) => p.id);
    for (let i = 0; i < personIds.length; i += 60) {
      const batch = personIds.slice(i, i + 60).map((personId) => ({ taskId: task.id, personId }));
      expect((await h.call('POST', '/rest/batch/taskTargets', batch)).status).toBe(201);
    }
    const one = await get('tasks', task.id as string, 1);
    expect(one.taskTargets).toHaveLength(RELATION_CAP);
    const list = await h.call('GET', `/rest/tasks?depth=1&filter=id[eq]:${task.id}`);
    expect(((list.body.data!.tasks as Rec[])[0]!.taskTargets as Rec[]).length).toBe(RELATION_CAP);
    const patched = await h.call('PATCH', `/rest/tasks/${task.id}?depth=1`, { title: 'Busier' });
    expect((patched.body.data!.updateTask as Rec).taskTargets).toHaveLength(RELATION_CAP);
  });
});
