import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEY, openDialectServer, uuid, type Dialect } from './harness.ts';

// Whatever a client sends to the Peoplelogic or Rolodex dialect, the answer is JSON in the
// dialect's error shape or a success, never a 500, and never repeats the key.

let s: Dialect;
let entities: string[];
let tasks: string[];

beforeAll(async () => {
  s = await openDialectServer();
  entities = (await s.db.query<{ id: string }>('SELECT "id" FROM people LIMIT 5')).map((r) => r.id);
  tasks = (await s.db.query<{ id: string }>('SELECT "id" FROM tasks LIMIT 5')).map((r) => r.id);
});
afterAll(() => s.db.close());

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '0', '-1', '1.5', '1e3', '99999999999', 'null', '%00', "'", '"', '../'),
);
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.constantFrom('2025-07-17', '2025-02-30', '2025-07-17T10:00:00Z', uuid(1)),
);
const idArb = () =>
  fc.oneof(fc.constantFrom(...entities, ...tasks, uuid(9)), text.map(encodeURIComponent));
const bodyArb = fc.oneof(
  fc.dictionary(
    fc.constantFrom('name', 'description', 'dueDate', 'order', 'orderGroup', 'status', 'x'),
    value,
  ),
  value.map((v) => JSON.stringify(v)),
  text,
);

/** Built once the seeded ids are known. */
function requestArb() {
  const peoplelogicArb = fc.oneof(
    fc.record({
      method: fc.constant('POST'),
      path: idArb().map((e) => `/api/v1/entity/${e}/task`),
      body: bodyArb,
    }),
    fc.record({
      method: fc.constantFrom('PATCH', 'PUT', 'DELETE'),
      path: fc.tuple(idArb(), idArb()).map(([e, t]) => `/api/v1/entity/${e}/task/${t}`),
      body: bodyArb,
    }),
    fc.record({
      method: fc.constant('GET'),
      path: idArb().map((t) => `/api/v1/task/${t}`),
      body: fc.constant(undefined),
    }),
  );
  const rolodexArb = fc.record({
    method: fc.constantFrom('GET', 'GET', 'POST'),
    path: fc.oneof(
      fc
        .array(fc.tuple(fc.constantFrom('limit', 'offset', 'order_by', 'include', 'x'), text), {
          maxLength: 4,
        })
        .map((params) => `/user-api/v1/tasks?${new URLSearchParams(params).toString()}`),
      idArb().map((t) => `/user-api/v1/tasks/${t}?include=tags`),
    ),
    body: fc.constant(undefined),
  });
  return fc.oneof(peoplelogicArb, rolodexArb);
}

it('answers every request in the dialect shape and never with a 500', async () => {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(requestArb(), async (request) => {
      const headers: Record<string, string> = request.path.startsWith('/api/')
        ? { authorization: `Bearer ${KEY}` }
        : { 'x-rolodex-api-key': KEY };
      const reply = await s.call(request.method, request.path, { headers, body: request.body });
      const where = `${request.method} ${request.path} -> ${reply.status} ${reply.text.slice(0, 200)}`;
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      expect(reply.status, where).toBeLessThan(500);
      expect(reply.body, where).toBeDefined();
      expect(reply.text, where).not.toContain(KEY);
      if (reply.status >= 400) {
        expect(reply.body, where).toEqual({
          error: expect.any(String),
          message: expect.any(String),
        });
      }
    }),
    { numRuns: 400 },
  );
  // The property means little if nothing got past validation.
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
});
