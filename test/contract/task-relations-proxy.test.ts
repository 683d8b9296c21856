import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { type Db } from '../../server/db.ts';
import { openTestDatabase } from '../test-database.ts';
import { createSchema } from '../../server/schema.ts';
import { seed } from '../../server/seed/seed.ts';
import { createServer } from '../../server/server.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';
import type { Target } from './rest-client.ts';
import { defineTaskRelationWorkflows } from './task-relations.contract.ts';

// Proxy mode (UPSTREAM_URL + UPSTREAM_API_KEY): the same workflows, sent to a tasklink server
// with tasklink's key and forwarded with the workspace's key to a second embedded server that
// plays the Dalil workspace.

describe('contract: through tasklink in proxy mode', () => {
  const upstreamKey = 'upstream-workspace-key-9d2f';
  const proxyKey = 'proxy-tasklink-key-51ce';
  let db: Db;
  let upstream: Server;
  let proxy: Server;
  let target: Target;

  beforeAll(async () => {
    db = await openTestDatabase();
    await createSchema(db);
    await seed(db, { now: new Date() });
    upstream = createAdaptorServer({
      fetch: createServer({ db, apiKey: upstreamKey }).fetch,
    }) as Server;
    const upstreamUrl = baseUrl('127.0.0.1', await listen(upstream, '127.0.0.1', 0));
    proxy = createAdaptorServer({
      fetch: createServer({ apiKey: proxyKey, upstream: { url: upstreamUrl, apiKey: upstreamKey } })
        .fetch,
    }) as Server;
    target = {
      baseUrl: baseUrl('127.0.0.1', await listen(proxy, '127.0.0.1', 0)),
      apiKey: proxyKey,
    };
  });
  // Registered first, so it runs after the suite's own cleanup, which went through the proxy.
  afterAll(async () => {
    try {
      const [left] = await db.query<{ companies: number; people: number; relations: number }>(
        `SELECT (SELECT count(*)::int FROM companies WHERE name LIKE 'tasklink-contract-%') AS companies,
                (SELECT count(*)::int FROM people WHERE "nameLastName" LIKE 'tasklink-contract-%') AS people,
                (SELECT count(*)::int FROM task_targets) AS relations`,
      );
      expect(left).toEqual({ companies: 0, people: 0, relations: 200 });
    } finally {
      await closeServer(proxy);
      await closeServer(upstream);
      await db.close();
    }
  });

  defineTaskRelationWorkflows(() => target);
});
