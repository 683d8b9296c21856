import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  companyIdOf,
  personIdOf,
  recordSchema,
  restClient,
  taskTargetSchema,
  type Target,
  type WireTaskTarget,
} from './rest-client.ts';

// The workflows of Dalil's task-relations page that upstream Twenty follows too, written once
// against a base URL and a key (the Dalil-only rules are in dalil-rules.contract.ts). The suite
// makes its own company and people, so it runs on an empty or a busy workspace, and deletes
// everything it made afterwards.

type Created = { object: string; id: string };

export function defineTaskRelationWorkflows(getTarget: () => Target) {
  const tag = `tasklink-contract-${Date.now().toString(36)}`;
  const created: Created[] = [];
  let api: ReturnType<typeof restClient>;
  const ids = { company: '', personA: '', personB: '', followUp: '', review: '' };
  const relations = { followUpPerson: '', reviewPerson: '', reviewCompany: '' };

  /** POSTs with a client-made id (as the app does), remembering it for cleanup before sending. */
  async function create(object: string, key: string, body: Record<string, unknown>) {
    const id = randomUUID();
    created.push({ object, id });
    const record = api.data(
      await api.call('POST', `/rest/${object}`, { body: { id, ...body } }),
      201,
      key,
      recordSchema,
    );
    expect(record.id).toBe(id);
    return record;
  }
  const link = async (taskId: string, target: Record<string, string>) => {
    const reply = await api.call('POST', '/rest/taskTargets', {
      body: { id: randomUUID(), taskId, ...target },
    });
    const relation = api.data(reply, 201, 'createTaskTarget', taskTargetSchema);
    created.push({ object: 'taskTargets', id: relation.id });
    return relation;
  };
  const relationsOf = async (object: 'people' | 'companies', key: string, id: string) => {
    const reply = await api.call('GET', `/rest/${object}/${id}`, { query: { depth: '1' } });
    const record = api.data(
      reply,
      200,
      key,
      recordSchema.extend({ taskTargets: z.array(taskTargetSchema) }),
    );
    return record.taskTargets.map((t) => t.id);
  };

  beforeAll(async () => {
    api = restClient(getTarget());
    ids.company = (await create('companies', 'createCompany', { name: `${tag} Acme` })).id;
    const person = (firstName: string) =>
      create('people', 'createPerson', {
        name: { firstName, lastName: tag },
        companyId: ids.company,
      });
    ids.personA = (await person('Ada')).id;
    ids.personB = (await person('Bo')).id;
  });

  afterAll(async () => {
    // Children first; a relation may already be gone (deleted by a test or with its task).
    for (const { object, id } of [...created].reverse()) {
      const reply = await api.call('DELETE', `/rest/${object}/${id}`);
      if (![200, 400, 404].includes(reply.status)) {
        console.warn(`contract cleanup: DELETE /rest/${object}/${id} answered ${reply.status}`);
      }
    }
  });

  it('creates a task, then links it to a person', async () => {
    const task = await create('tasks', 'createTask', {
      title: 'Follow up call',
      status: 'TODO',
      dueAt: '2024-03-15T09:00:00.000Z',
    });
    expect(task).toMatchObject({ title: 'Follow up call', status: 'TODO' });
    expect(Date.parse(String(task.dueAt))).toBe(Date.parse('2024-03-15T09:00:00.000Z'));
    ids.followUp = task.id;

    const relation = await link(task.id, { personId: ids.personA });
    expect(relation.taskId).toBe(task.id);
    expect(personIdOf(relation)).toBe(ids.personA);
    expect(companyIdOf(relation)).toBeNull();
    relations.followUpPerson = relation.id;

    // With depth=1 a relation comes with its task and its target (the default depth is a Dalil
    // rule, checked in dalil-rules.contract.ts).
    const read = await api.call('GET', `/rest/taskTargets/${relation.id}`, {
      query: { depth: '1' },
    });
    const withRecords = api.data(
      read,
      200,
      'taskTarget',
      taskTargetSchema.extend({
        task: recordSchema,
        person: recordSchema,
      }),
    );
    expect(withRecords.task.id).toBe(task.id);
    expect(withRecords.person.id).toBe(ids.personA);
  });

  it('links one task to a person and their company as two relations', async () => {
    const task = await create('tasks', 'createTask', { title: 'Quarterly review', status: 'TODO' });
    ids.review = task.id;
    const toPerson = await link(task.id, { personId: ids.personA });
    const toCompany = await link(task.id, { companyId: ids.company });
    expect(toPerson.id).not.toBe(toCompany.id);
    expect([personIdOf(toPerson), companyIdOf(toPerson)]).toEqual([ids.personA, null]);
    expect([personIdOf(toCompany), companyIdOf(toCompany)]).toEqual([null, ids.company]);
    relations.reviewPerson = toPerson.id;
    relations.reviewCompany = toCompany.id;
  });

  it("shows a person's and a company's relations when read with depth=1", async () => {
    const ofPerson = await relationsOf('people', 'person', ids.personA);
    expect(ofPerson).toEqual(
      expect.arrayContaining([relations.followUpPerson, relations.reviewPerson]),
    );
    expect(ofPerson).not.toContain(relations.reviewCompany);
    expect(await relationsOf('companies', 'company', ids.company)).toContain(
      relations.reviewCompany,
    );
    expect(await relationsOf('people', 'person', ids.personB)).toEqual([]);
  });

  it('lists relations newest first with order_by=createdAt[DescNullsLast]', async () => {
    const reply = await api.call('GET', '/rest/taskTargets', {
      query: { order_by: 'createdAt[DescNullsLast]', limit: '20' },
    });
    const list = api.data(reply, 200, 'taskTargets', z.array(taskTargetSchema));
    const times = list.map((t) => Date.parse(t.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const ours = [relations.followUpPerson, relations.reviewPerson, relations.reviewCompany];
    const position = (id: string) => list.findIndex((t: WireTaskTarget) => t.id === id);
    expect(ours.map(position).every((i) => i >= 0)).toBe(true);
    // The last one made is listed no later than the first one made.
    expect(position(relations.reviewCompany)).toBeLessThan(position(relations.followUpPerson));
  });

  it('moves a relation to another person with PATCH, then deletes it while its task stays', async () => {
    const id = relations.followUpPerson;
    const patched = await api.call('PATCH', `/rest/taskTargets/${id}`, {
      body: { personId: ids.personB },
    });
    const updated = api.data(patched, 200, 'updateTaskTarget', taskTargetSchema);
    expect(personIdOf(updated)).toBe(ids.personB);
    expect(await relationsOf('people', 'person', ids.personA)).not.toContain(id);
    expect(await relationsOf('people', 'person', ids.personB)).toContain(id);

    const deleted = api.data(
      await api.call('DELETE', `/rest/taskTargets/${id}`),
      200,
      'deleteTaskTarget',
      z.looseObject({ id: z.string() }),
    );
    expect(deleted.id).toBe(id);
    // Older Twenty builds answer 400 "Record not found" where newer ones answer 404.
    api.failure(await api.call('GET', `/rest/taskTargets/${id}`), [400, 404]);
    expect(await relationsOf('people', 'person', ids.personB)).not.toContain(id);

    const task = api.data(
      await api.call('GET', `/rest/tasks/${ids.followUp}`),
      200,
      'task',
      recordSchema,
    );
    expect(task).toMatchObject({ id: ids.followUp, title: 'Follow up call' });
  });
}
