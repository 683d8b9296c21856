import { Hono } from 'hono';
import type { Db } from '../../server/db.ts';
import { FaultState, faultMiddleware } from '../../server/faults.ts';
import {
  buildServer,
  errorBody,
  makeCaller,
  openTestDb,
  uuid,
  type Reply,
} from './runtime-harness.ts';

// Fault injection lets browser tests exercise retries and partial failures against the real
// server: chosen requests fail with a chosen status, others pass untouched.

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());
beforeEach(() => db.query('TRUNCATE tasks, task_targets, people, companies CASCADE'));

async function taskWithPeople(call: ReturnType<typeof buildServer>['call'], people: number) {
  expect((await call('POST', '/rest/tasks', { id: uuid(1), title: 'Call back' })).status).toBe(201);
  for (let i = 0; i < people; i++) {
    const reply = await call('POST', '/rest/people', {
      id: uuid(100 + i),
      name: { firstName: `P${i}` },
    });
    expect(reply.status).toBe(201);
  }
}

const relationCount = async () =>
  Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM task_targets'))[0]?.n);

describe('fault injection', () => {
  it('fails every 2nd POST /rest/taskTargets with the chosen status, before anything is written', async () => {
    const { call } = buildServer(db, {
      faults: [{ method: 'POST', path: '/rest/taskTargets', every: 2, status: 503 }],
    });
    await taskWithPeople(call, 4);
    const replies: Reply[] = [];
    for (let i = 0; i < 4; i++) {
      replies.push(
        await call('POST', '/rest/taskTargets', { taskId: uuid(1), personId: uuid(100 + i) }),
      );
    }
    expect(replies.map((r) => r.status)).toEqual([201, 503, 201, 503]);
    expect(replies[1]?.body).toEqual(errorBody(503, /Injected fault/));
    expect(replies[1]?.headers.get('content-type')).toMatch(/application\/json/);
    expect(await relationCount()).toBe(2);
  });

  it('leaves other methods and paths alone', async () => {
    const { call } = buildServer(db, {
      faults: [{ method: 'POST', path: '/rest/taskTargets', every: 1, status: 500 }],
    });
    await taskWithPeople(call, 1);
    for (let i = 0; i < 3; i++) {
      expect((await call('GET', '/rest/taskTargets?limit=1')).status).toBe(200);
      expect((await call('PATCH', `/rest/tasks/${uuid(1)}`, { title: `v${i}` })).status).toBe(200);
    }
  });

  it('can lose the answer after the change was made, so a retry with the same id is refused as a duplicate', async () => {
    const { call } = buildServer(db, {
      faults: [{ method: 'POST', path: '/rest/taskTargets', every: 1, status: 502, after: true }],
    });
    await taskWithPeople(call, 1);
    const relation = { id: uuid(500), taskId: uuid(1), personId: uuid(100) };
    const first = await call('POST', '/rest/taskTargets', relation);
    expect(first.status).toBe(502);
    expect(first.body).toEqual(errorBody(502, /Injected fault/));
    expect(await relationCount()).toBe(1);
    const healthy = buildServer(db).call;
    const retry = await healthy('POST', '/rest/taskTargets', relation);
    expect(retry.body).toEqual(errorBody(400, /already exists/));
    expect(await relationCount()).toBe(1);
  });

  it('matches a path prefix written with *', async () => {
    const { call } = buildServer(db, { faults: [{ path: '/rest/task*', status: 500 }] });
    expect((await call('GET', '/rest/tasks')).status).toBe(500);
    expect((await call('GET', '/rest/taskTargets')).status).toBe(500);
    expect((await call('GET', '/rest/people')).status).toBe(200);
  });

  it('applies latency to the matching requests only', async () => {
    const waits: number[] = [];
    const state = new FaultState([{ method: 'GET', path: '/rest/tasks', latencyMs: 300 }]);
    const app = new Hono();
    app.use(
      '/rest/*',
      faultMiddleware(state, async (ms) => void waits.push(ms)),
    );
    app.all('/rest/*', (c) => c.json({ ok: true }));
    const call = makeCaller(app);
    expect((await call('GET', '/rest/tasks')).status).toBe(200);
    expect((await call('POST', '/rest/tasks', {})).status).toBe(200);
    expect((await call('GET', '/rest/people')).status).toBe(200);
    expect(waits).toEqual([300]);
  });

  it('takes the longest latency when several rules match and still counts failures', () => {
    const state = new FaultState([
      { latencyMs: 100 },
      { path: '/rest/tasks', latencyMs: 250, every: 2 },
    ]);
    expect(state.decide('GET', '/rest/tasks')).toEqual({ latencyMs: 250, fail: undefined });
    expect(state.decide('GET', '/rest/tasks')).toEqual({
      latencyMs: 250,
      fail: { status: 500, after: false },
    });
    expect(state.decide('GET', '/rest/people')).toEqual({ latencyMs: 100, fail: undefined });
  });
});

describe('PUT /__test/faults (TASKLINK_TEST_CONTROL=1)', () => {
  it('replaces the rules at run time', async () => {
    const { call } = buildServer(db, { testControl: true });
    expect((await call('GET', '/rest/tasks')).status).toBe(200);
    const put = await call('PUT', '/__test/faults', [
      { method: 'GET', path: '/rest/tasks', status: 504 },
    ]);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      data: { faults: [{ method: 'GET', path: '/rest/tasks', status: 504 }] },
    });
    expect((await call('GET', '/rest/tasks')).body).toEqual(errorBody(504));
    expect((await call('PUT', '/__test/faults', [])).status).toBe(200);
    expect((await call('GET', '/rest/tasks')).status).toBe(200);
  });

  it('needs the API key and valid rules', async () => {
    const { app, call } = buildServer(db, { testControl: true });
    const anonymous = makeCaller(app, null);
    expect((await anonymous('PUT', '/__test/faults', [])).body).toEqual(errorBody(401));
    expect((await makeCaller(app, 'wrong-key-123')('PUT', '/__test/faults', [])).status).toBe(401);
    expect((await call('PUT', '/__test/faults', '{oops')).body).toEqual(errorBody(400, /JSON/));
    expect((await call('PUT', '/__test/faults', [{ every: -1 }])).body).toEqual(
      errorBody(400, /every/),
    );
  });

  it('does not exist unless switched on', async () => {
    const { call } = buildServer(db);
    const reply = await call('PUT', '/__test/faults', []);
    expect(reply.body).toEqual(errorBody(404));
  });
});
