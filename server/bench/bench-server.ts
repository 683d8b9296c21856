import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import autocannon, { type Result } from 'autocannon';
import { openDb } from '../db.ts';
import { createSchema } from '../schema.ts';
import { DEMO_COUNTS, generateDemoData, type SeedCounts } from '../seed/generate.ts';
import { insertDemoData } from '../seed/seed.ts';
import { createServer } from '../server.ts';
import { baseUrl, closeServer, listen } from '../start.ts';

// `npm run bench:server`: a benchmark, not a test. Seeds 10,000 tasks and 20,000 relations into
// an in-memory database, serves them over real HTTP, and loads three typical reads with
// autocannon. `BENCH_DURATION` (seconds, default 10) shortens or lengthens each run.

const COUNTS: SeedCounts = {
  ...DEMO_COUNTS,
  workspaceMembers: 12,
  companies: 400,
  people: 2_000,
  opportunities: 400,
  tasks: 10_000,
  taskTargets: 20_000,
};
const CONNECTIONS = 16;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const API_KEY = 'bench-key-not-secret';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

async function main() {
  const db = await openDb();
  await createSchema(db);
  const data = generateDemoData({ now: new Date(), counts: COUNTS });
  const seedStart = performance.now();
  await insertDemoData(db, data);
  const seedMs = performance.now() - seedStart;

  // The busiest person: the heaviest depth=1 read a record page can cause.
  const [busiest] = await db.query<{ id: string; n: number }>(
    `SELECT "personId" AS id, count(*)::int AS n FROM task_targets
      WHERE "personId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  if (!busiest) throw new Error('no person has a task relation');

  const server = createAdaptorServer({
    fetch: createServer({ db, apiKey: API_KEY }).fetch,
  }) as Server;
  const base = baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0));
  const filter = encodeURIComponent('and(status[eq]:TODO,title[ilike]:"%follow%")');
  const orderBy = encodeURIComponent('dueAt[AscNullsLast]');
  const endpoints = [
    { name: 'task board page', path: `/rest/tasks?depth=1&limit=60&order_by=${orderBy}` },
    {
      name: 'filtered task list',
      path: `/rest/tasks?filter=${filter}&order_by=${orderBy}&limit=60`,
    },
    { name: `person depth=1 (${busiest.n} relations)`, path: `/rest/people/${busiest.id}?depth=1` },
  ];

  console.log(
    `seeded ${COUNTS.tasks} tasks, ${COUNTS.taskTargets} relations, ${COUNTS.people} people, ` +
      `${COUNTS.companies} companies, ${COUNTS.opportunities} opportunities in ${(seedMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `node ${process.version}, ${availableParallelism()} cores; ${CONNECTIONS} connections, ${DURATION} s per endpoint\n`,
  );

  const headers = { authorization: `Bearer ${API_KEY}` };
  const rows: { name: string; result: Result }[] = [];
  for (const endpoint of endpoints) {
    const check = await fetch(`${base}${endpoint.path}`, { headers });
    if (!check.ok) throw new Error(`${endpoint.name}: ${check.status} ${await check.text()}`);
    const result = await autocannon({
      url: `${base}${endpoint.path}`,
      connections: CONNECTIONS,
      duration: DURATION,
      headers,
    });
    rows.push({ name: endpoint.name, result });
  }

  console.table(
    Object.fromEntries(
      rows.map(({ name, result }) => [
        name,
        {
          'req/s': Math.round(result.requests.average),
          median: ms(result.latency.p50),
          p99: ms(result.latency.p99),
          requests: result.requests.total,
          'non-2xx': result.non2xx,
          errors: result.errors + result.timeouts,
        },
      ]),
    ),
  );

  await closeServer(server);
  await db.close();
  if (rows.some(({ result }) => result.non2xx + result.errors + result.timeouts > 0)) {
    console.error('some requests failed; the figures above are not trustworthy');
    process.exitCode = 1;
  }
}

await main();
