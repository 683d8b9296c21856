import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/config.ts';
import { readyLine, startTasklink, type Running } from '../../server/start.ts';

// What `npm start` promises: data made before a restart is there after it, over real HTTP.

let dataDir: string;
const running: Running[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tasklink-persist-'));
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<Running> {
  const server = await startTasklink(parseConfig({ DATA_DIR: dataDir, PORT: '0' }));
  running.push(server);
  return server;
}

async function call(server: Running, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data: Record<string, Record<string, unknown>> },
  };
}

describe('persistence across restarts', () => {
  it('keeps tasks and relations, the API key, and seeds only the first time', async () => {
    const first = await start();
    expect(first.seeded).toBe(true);
    const people = await call(first, 'GET', '/rest/people?limit=1&order_by=name.lastName');
    const person = (people.body.data.people as unknown as { id: string }[])[0];
    expect(person).toBeDefined();

    const task = await call(first, 'POST', '/rest/tasks', {
      title: 'Survives a restart',
      status: 'TODO',
    });
    expect(task.status).toBe(201);
    const taskId = String(task.body.data.createTask?.id);
    const relation = await call(first, 'POST', '/rest/taskTargets', {
      taskId,
      personId: person?.id,
    });
    expect(relation.status).toBe(201);
    const relationId = String(relation.body.data.createTaskTarget?.id);
    await first.close();

    const second = await start();
    expect(second.seeded).toBe(false);
    expect(second.apiKey).toBe(first.apiKey);
    const again = await call(second, 'GET', `/rest/tasks/${taskId}`);
    expect(again.status).toBe(200);
    expect(again.body.data.task).toMatchObject({
      id: taskId,
      title: 'Survives a restart',
      status: 'TODO',
    });
    const link = await call(second, 'GET', `/rest/taskTargets/${relationId}`);
    expect(link.status).toBe(200);
    expect(link.body.data.taskTarget).toMatchObject({
      id: relationId,
      taskId,
      personId: person?.id,
    });
    const counts = await call(second, 'GET', '/rest/tasks?limit=1');
    expect((counts.body as unknown as { totalCount: number }).totalCount).toBe(121);
  }, 90_000);
});

describe('the ready line', () => {
  it('is the URL with the key in the fragment', () => {
    expect(readyLine('127.0.0.1', 5173, 'tl_abc-DEF_123')).toBe(
      'tasklink ready: http://127.0.0.1:5173/#key=tl_abc-DEF_123',
    );
    expect(readyLine('::1', 8080, 'k+y/=')).toBe(
      'tasklink ready: http://[::1]:8080/#key=k%2By%2F%3D',
    );
  });
});
