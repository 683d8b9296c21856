import fc from 'fast-check';
import type { Db } from '../../server/db.ts';
import { seed } from '../../server/seed/seed.ts';
import { requestArb, type Ids, type Request } from './property-arbitraries.ts';
import { buildServer, openTestDb, RUNTIME_KEY } from './runtime-harness.ts';

// Whatever a client sends, the server answers with a contract-shaped response (never a 500,
// never a crash), and the data stays consistent: every relation points at an existing task and
// exactly one existing target.

let db: Db;
let ids: Ids;
let app: ReturnType<typeof buildServer>['app'];
/** Successful writes that touched relations (directly, or by deleting a task or target). */
let relationWrites = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  db = await openTestDb();
  const data = await seed(db, { now: new Date() });
  const idsOf = (rows: Record<string, unknown>[]) => rows.slice(0, 30).map((r) => String(r.id));
  ids = {
    tasks: idsOf(data.tasks),
    people: idsOf(data.people),
    companies: idsOf(data.companies),
    opportunities: idsOf(data.opportunities),
    taskTargets: idsOf(data.taskTargets),
  };
  app = buildServer(db).app;
});
afterAll(() => db.close());

async function send(request: Request) {
  const res = await app.request(request.path, {
    method: request.method,
    headers: { authorization: `Bearer ${RUNTIME_KEY}`, 'content-type': 'application/json' },
    body: request.body,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text };
}

function checkReply(request: Request, reply: Awaited<ReturnType<typeof send>>) {
  const where = `${request.method} ${request.path.slice(0, 200)} -> ${reply.status} ${reply.text.slice(0, 300)}`;
  expect(reply.status, where).toBeLessThan(500);
  expect(reply.contentType, where).toMatch(/application\/json/);
  expect(reply.text, where).not.toContain(RUNTIME_KEY);
  const body: unknown = JSON.parse(reply.text);
  if (reply.status >= 400 && typeof body === 'object' && body !== null && 'message' in body) {
    // A body that is not JSON gets NestJS's own shape, as on Twenty.
    expect(body, where).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.any(String),
    });
  } else if (reply.status >= 400) {
    // Twenty's error body; query errors may add a `code` (INVALID_CURSOR, FIELD_NOT_FOUND...).
    const { code, ...rest } = body as Record<string, unknown>;
    expect(code === undefined || typeof code === 'string', where).toBe(true);
    expect(rest, where).toEqual({
      statusCode: reply.status,
      error: expect.any(String),
      messages: expect.arrayContaining([expect.any(String)]),
    });
    const messages = (rest as { messages: unknown[] }).messages;
    expect(messages.length, where).toBeGreaterThan(0);
    expect(
      messages.every((m) => typeof m === 'string' && m.length > 0 && m.length < 2000),
      where,
    ).toBe(true);
  } else {
    expect(body, where).toHaveProperty('data');
  }
}

describe('the server under random and malformed requests', () => {
  it('answers every request with a contract-shaped response and never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArb(ids), { minLength: 1, maxLength: 4 }),
        async (requests) => {
          for (const request of requests) {
            const reply = await send(request);
            checkReply(request, reply);
            statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
            const write = request.method !== 'GET' && reply.status < 300;
            if (write && (/taskTargets/.test(request.path) || request.method === 'DELETE'))
              relationWrites++;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('leaves every relation pointing at an existing task and exactly one existing target', async () => {
    const live = (table: string, column: string) =>
      `EXISTS (SELECT 1 FROM ${table} x WHERE x.id = tt."${column}" AND x."deletedAt" IS NULL)`;
    const broken = await db.query<{ id: string }>(
      `SELECT tt.id FROM task_targets tt
        WHERE tt."deletedAt" IS NULL AND (
          NOT ${live('tasks', 'taskId')}
          OR num_nonnulls(tt."personId", tt."companyId", tt."opportunityId") <> 1
          OR (tt."personId" IS NOT NULL AND NOT ${live('people', 'personId')})
          OR (tt."companyId" IS NOT NULL AND NOT ${live('companies', 'companyId')})
          OR (tt."opportunityId" IS NOT NULL AND NOT ${live('opportunities', 'opportunityId')}))`,
    );
    expect(broken).toEqual([]);
    // The random traffic really did change relations and reach past validation, so the checks
    // above are not vacuous.
    expect(relationWrites).toBeGreaterThan(10);
    expect(statuses.get(200)).toBeGreaterThan(10);
    console.info(
      `property: ${relationWrites} relation writes; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  });
});
