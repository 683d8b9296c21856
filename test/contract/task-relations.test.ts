import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { type Db } from '../../server/db.ts';
import { openTestDatabase } from '../test-database.ts';
import { createSchema } from '../../server/schema.ts';
import { seed } from '../../server/seed/seed.ts';
import { createServer } from '../../server/server.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';
import type { Target } from './rest-client.ts';
import { defineDalilRules } from './dalil-rules.contract.ts';
import { defineTaskRelationWorkflows } from './task-relations.contract.ts';

// The same workflows against the embedded server (always) and a real Dalil/Twenty workspace
// (when DALIL_URL and DALIL_API_KEY are set): upstream Twenty's rules, which both must follow,
// and the Dalil page's own three, which a plain Twenty marks as skipped with a note.

describe('contract: embedded server over HTTP', () => {
  const apiKey = 'contract-suite-key-3e7a';
  let db: Db;
  let server: Server;
  let target: Target;

  beforeAll(async () => {
    db = await openTestDatabase();
    await createSchema(db);
    // A seeded workspace, so the suite's records live among others as on a real one.
    await seed(db, { now: new Date() });
    server = createAdaptorServer({ fetch: createServer({ db, apiKey }).fetch }) as Server;
    target = { baseUrl: baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0)), apiKey };
  });
  // Registered first, so it runs after the suite's own cleanup: on a real workspace the suite
  // must leave nothing behind, and here the database can show that it does not.
  afterAll(async () => {
    try {
      const [left] = await db.query<{
        companies: number;
        people: number;
        tasks: number;
        relations: number;
      }>(
        `SELECT (SELECT count(*)::int FROM companies WHERE name LIKE 'tasklink-contract-%') AS companies,
                (SELECT count(*)::int FROM people WHERE "nameLastName" LIKE 'tasklink-contract-%') AS people,
                (SELECT count(*)::int FROM tasks WHERE title IN ('Follow up call', 'Quarterly review')) AS tasks,
                (SELECT count(*)::int FROM task_targets) AS relations`,
      );
      expect(left).toEqual({ companies: 0, people: 0, tasks: 0, relations: 200 });
    } finally {
      await closeServer(server);
      await db.close();
    }
  });

  describe("upstream Twenty's rules", () => defineTaskRelationWorkflows(() => target));
  describe("the Dalil page's rules", () =>
    defineDalilRules(() => target, { upstreamMayDiffer: false }));
});

const dalilUrl = process.env.DALIL_URL;
const dalilKey = process.env.DALIL_API_KEY;
const dalilConfigured = Boolean(dalilUrl && dalilKey);
if (!dalilConfigured) {
  console.info(
    'contract: the real Dalil/Twenty block is skipped: set DALIL_URL and DALIL_API_KEY to run it against a workspace',
  );
}

describe.skipIf(!dalilConfigured)('contract: real Dalil/Twenty workspace', () => {
  const target = () => ({ baseUrl: dalilUrl ?? '', apiKey: dalilKey ?? '' });
  describe("upstream Twenty's rules", () => defineTaskRelationWorkflows(target));
  describe("the Dalil page's rules (skipped with a note on plain Twenty)", () =>
    defineDalilRules(target, { upstreamMayDiffer: true }));
});
