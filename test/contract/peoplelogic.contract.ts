import { randomUUID } from 'node:crypto';
import { wireTaskSchema } from '../../src/backends/peoplelogic/wire-schemas.ts';
import { httpCall, type Answer } from './http-call.ts';

// What the Peoplelogic adapter relies on, written once against a base URL, a token and an
// entity to create tasks on. The API has no delete: on a real service the tasks made here stay
// (named tasklink-contract-...).

export type PeoplelogicTarget = { baseUrl: string; token: string; entityId: string };

export function definePeoplelogicContract(getTarget: () => PeoplelogicTarget) {
  const name = `tasklink-contract-${Date.now().toString(36)}`;
  let target: PeoplelogicTarget;
  let taskId = '';
  const call = (method: string, path: string, body?: unknown, token = target.token) =>
    httpCall(target.baseUrl, method, path, {
      headers: token === '' ? {} : { authorization: `Bearer ${token}` },
      body,
    });
  const task = (answer: Answer, status: number) => {
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    return wireTaskSchema.parse(answer.body);
  };

  beforeAll(() => {
    target = getTarget();
  });

  it('answers an unknown task with 404 when the token is sent, and 401 without it (the connection test)', async () => {
    const path = `/api/v1/task/${randomUUID()}`;
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('GET', path, undefined, '')).status).toBe(401);
    expect((await call('GET', path, undefined, 'not-a-valid-token')).status).toBe(401);
  });

  it('creates a task on the entity and answers it with its entity and a date-only due date', async () => {
    const made = task(
      await call('POST', `/api/v1/entity/${target.entityId}/task`, {
        name,
        description: 'Made by the tasklink contract suite',
        dueDate: '2030-01-15',
      }),
      201,
    );
    taskId = made.id;
    expect(made).toMatchObject({
      name,
      description: 'Made by the tasklink contract suite',
      dueDate: '2030-01-15',
      connectedTo: { entityId: target.entityId },
    });
  });

  it('reads the task back by id', async () => {
    const read = task(await call('GET', `/api/v1/task/${taskId}`), 200);
    expect(read).toMatchObject({ id: taskId, name, dueDate: '2030-01-15' });
    expect(read.created?.createdAt).toEqual(expect.any(String));
  });

  it('edits it through its entity, keeping the fields not sent', async () => {
    const edited = task(
      await call('PATCH', `/api/v1/entity/${target.entityId}/task/${taskId}`, {
        name: `${name} (edited)`,
        dueDate: '2030-02-01',
      }),
      200,
    );
    expect(edited).toMatchObject({
      id: taskId,
      name: `${name} (edited)`,
      dueDate: '2030-02-01',
      description: 'Made by the tasklink contract suite',
    });
  });

  it('refuses a task without a name (400) and an unknown entity (404)', async () => {
    const path = `/api/v1/entity/${target.entityId}/task`;
    expect((await call('POST', path, { description: 'no name' })).status).toBe(400);
    expect((await call('POST', `/api/v1/entity/${randomUUID()}/task`, { name })).status).toBe(404);
  });
}
