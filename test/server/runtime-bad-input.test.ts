import { Agent, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Db } from '../../server/db.ts';
import { jsonDepth } from '../../server/json-depth.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';
import { buildServer, errorBody, openTestDb, RUNTIME_KEY, uuid } from './runtime-harness.ts';

// Input that used to answer 500 or break the server's bookkeeping gets a clear 4xx instead.

let db: Db;
let call: ReturnType<typeof buildServer>['call'];
beforeAll(async () => {
  db = await openTestDb();
  ({ call } = buildServer(db));
});
afterAll(() => db.close());

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('deeply nested JSON', () => {
  it('is measured without recursion', () => {
    expect(jsonDepth(JSON.parse(nested(100_000)))).toBe(100_000);
    expect(jsonDepth({ a: [1, { b: null }], c: 'x' })).toBe(3);
    expect(jsonDepth(JSON.parse(nested(100_000)), 40)).toBe(41);
  });

  it('answers 400 naming the limit, on create, batch and update', async () => {
    const deep = `{"emails":{"additionalEmails":${nested(3000)}}}`;
    expect(await call('POST', '/rest/people', deep)).toMatchObject({
      status: 400,
      body: errorBody(400, 'Body is nested more than 32 levels deep'),
    });
    expect((await call('POST', '/rest/batch/people', `[${deep}]`)).status).toBe(400);
    const person = await call('POST', '/rest/people', { name: { firstName: 'Nested' } });
    const id = String(
      (person.body as { data: { createPerson: { id: string } } }).data.createPerson.id,
    );
    expect((await call('PATCH', `/rest/people/${id}`, deep)).status).toBe(400);
  });

  it('answers 400 for a BlockNote document nested too deep inside its string', async () => {
    let block = '{"type":"paragraph","content":[],"children":[]}';
    for (let i = 0; i < 3000; i++)
      block = `{"type":"paragraph","content":[],"children":[${block}]}`;
    const reply = await call('POST', '/rest/tasks', {
      title: 'deep',
      bodyV2: { blocknote: `[${block}]` },
    });
    expect(reply).toMatchObject({
      status: 400,
      body: errorBody(400, /bodyV2\.blocknote'.*nested more than 32 levels/),
    });
  });

  it('still accepts the nesting real records use', async () => {
    const reply = await call('POST', '/rest/people', {
      name: { firstName: 'Flat', lastName: 'Enough' },
      emails: { primaryEmail: 'a@example.com', additionalEmails: ['b@example.com'] },
    });
    expect(reply.status).toBe(201);
  });
});

describe('positions', () => {
  const position = (reply: { body: unknown }) =>
    Object.values((reply.body as { data: Record<string, { position: number }> }).data)[0]!.position;

  it('refuses one that no longer moves when 1 is added, with a clear 400', async () => {
    const reply = await call('POST', '/rest/tasks', { title: 'far', position: 1e308 });
    expect(reply).toMatchObject({
      status: 400,
      body: errorBody(
        400,
        /'position': 1e\+308 is out of range; expected a number from -\d+ to \d+/,
      ),
    });
    expect((await call('POST', '/rest/tasks', { title: 'far', position: -(2 ** 51) })).status).toBe(
      400,
    );
  });

  // New records go first, as in Twenty: each below every other.
  it('gives every new record a distinct position below the smallest allowed one', async () => {
    const first = await call('POST', '/rest/tasks', { title: 'first', position: -(2 ** 50) });
    expect(first.status).toBe(201);
    const a = position(await call('POST', '/rest/tasks', { title: 'a' }));
    const b = position(await call('POST', '/rest/tasks', { title: 'b' }));
    expect(a).toBeLessThan(-(2 ** 50));
    expect(b).toBeLessThan(a);
  });

  it('ignores a huge position stored before positions were checked', async () => {
    await db.query(
      `INSERT INTO tasks (id, title, position, "createdAt", "updatedAt") VALUES ($1, 'legacy', -1e308, now(), now())`,
      [uuid(9001)],
    );
    const a = position(await call('POST', '/rest/tasks', { title: 'after legacy a' }));
    const b = position(await call('POST', '/rest/tasks', { title: 'after legacy b' }));
    expect(b).toBeLessThan(a);
    expect(b).toBeGreaterThan(-(2 ** 53));
  });
});

describe('a kept-alive connection after an early answer to a large body', () => {
  let server: Server;
  let origin: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    server = createAdaptorServer({ fetch: buildServer(db).app.fetch }) as Server;
    origin = baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0));
  });
  afterAll(async () => {
    agent.destroy();
    await closeServer(server);
  });

  type Answer = { status: number; headers: IncomingHttpHeaders; socket: object };
  function send(method: string, path: string, body?: string, key = RUNTIME_KEY) {
    return new Promise<Answer>((resolve, reject) => {
      const req = request(`${origin}${path}`, {
        method,
        agent,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, socket: req.socket! }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** Requests spread over the 0.7 s after the early answer (the old reset came at 0.5 s). */
  async function followUps() {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push((await send('GET', '/rest/tasks?limit=1')).status);
      await sleep(50);
    }
    return statuses;
  }

  it('is kept, clean, after a 404 or 401 on a body of 600 KB', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(600_000) });
    const missing = await send('POST', `/rest/tasks/${uuid(1)}`, big);
    expect(missing.status).toBe(404);
    expect(missing.headers.connection).toBe('keep-alive');
    expect(await followUps()).toEqual(Array(15).fill(200));
    const wrongKey = await send('POST', '/rest/tasks', big, 'wrong-key-0000');
    expect(wrongKey.status).toBe(401);
    expect(await followUps()).toEqual(Array(15).fill(200));
  });

  it('answers 413 to a body over the limit and still serves what follows', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(1_500_000) });
    const tooLarge = await send('POST', '/rest/tasks', huge);
    expect(tooLarge.status).toBe(413);
    expect(await followUps()).toEqual(Array(15).fill(200));
  });

  it('closes cleanly, saying so, when the body is too large to be worth reading', async () => {
    const enormous = 'x'.repeat(6 * 1024 * 1024);
    const tooLarge = await send('POST', '/rest/tasks', enormous);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.connection).toBe('close');
    const next = await send('GET', '/rest/tasks?limit=1');
    expect(next.status).toBe(200);
    expect(next.socket).not.toBe(tooLarge.socket);
  });
});
