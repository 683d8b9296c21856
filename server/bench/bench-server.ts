import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { createAdaptorServer } from '@hono/node-server';
import { openDb, type Db } from '../db.ts';
import { createSchema } from '../schema.ts';
import { DEMO_COUNTS, generateDemoData, type SeedCounts } from '../seed/generate.ts';
import { insertDemoData } from '../seed/seed.ts';
import { createServer } from '../server.ts';
import { baseUrl, closeServer, listen } from '../start.ts';
import { parseArgs, USAGE } from './args.ts';
import { postgresTarget } from './postgres-target.ts';
import {
  anyFailed,
  printTable,
  type BenchReport,
  type DatabaseFigures,
  type EndpointFigures,
} from './report.ts';
import { runLoad } from './run-load.ts';

// `npm run bench:server`: a benchmark, not a test. Seeds 10,000 tasks and 20,000 relations, serves
// them over real HTTP, and loads three typical reads with autocannon at 16 connections: on PGlite
// (in memory) and on PostgreSQL. PostgreSQL is TASKLINK_BENCH_DATABASE_URL when set (in a schema
// the run creates and drops), else a throwaway cluster from Debian's binaries when installed.
// Flags: args.ts. BENCH_DURATION: seconds per endpoint (default 10).

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

const parsed = parseArgs(process.argv.slice(2));
if (!parsed) {
  console.error(USAGE);
  process.exit(2);
}
const { json, compressed, answerCache, databases: wanted } = parsed;
const log = (line: string) => (json ? console.error(line) : console.log(line));

async function measure(db: Db, database: DatabaseFigures['database'], description: string) {
  log(`\n${description}: seeding ${COUNTS.tasks} tasks, ${COUNTS.taskTargets} relations...`);
  await createSchema(db);
  const data = generateDemoData({ now: new Date(), counts: COUNTS });
  const seedStart = performance.now();
  await insertDemoData(db, data);
  const seedSeconds = (performance.now() - seedStart) / 1000;

  // The busiest person: the heaviest depth=1 read a record page can cause.
  const [busiest] = await db.query<{ id: string; n: number }>(
    `SELECT "personId" AS id, count(*)::int AS n FROM task_targets
      WHERE "personId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  if (!busiest) throw new Error('no person has a task relation');

  // autocannon stops by dropping its sockets: handlers still running then must finish before the
  // database closes, or they fail (and, worse, count against the next run).
  const app = createServer({ db, apiKey: API_KEY, answerCache });
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const server = createAdaptorServer({
    fetch: async (request: Request) => {
      inFlight++;
      try {
        return await app.fetch(request);
      } finally {
        if (--inFlight === 0) drained?.();
      }
    },
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

  const headers: Record<string, string> = {
    authorization: `Bearer ${API_KEY}`,
    ...(compressed ? { 'accept-encoding': 'br, gzip' } : {}),
  };
  const figures: EndpointFigures[] = [];
  try {
    for (const endpoint of endpoints) {
      const check = await fetch(`${base}${endpoint.path}`, { headers });
      if (!check.ok) throw new Error(`${endpoint.name}: ${check.status} ${await check.text()}`);
      const { result, cpuMs } = await runLoad({
        url: `${base}${endpoint.path}`,
        connections: CONNECTIONS,
        duration: DURATION,
        headers,
      });
      figures.push({
        name: endpoint.name,
        path: endpoint.path,
        reqPerSec: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        cpuMsPerRequest: result.requests.total > 0 ? cpuMs / result.requests.total : 0,
      });
    }
  } finally {
    await closeServer(server);
    if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  }
  return { database, description, seedSeconds, endpoints: figures } satisfies DatabaseFigures;
}

async function main() {
  const report: BenchReport = {
    seed: COUNTS,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    compressed,
    answerCache,
    node: process.version,
    cores: availableParallelism(),
    databases: [],
    skipped: [],
  };
  log(
    `node ${report.node}, ${report.cores} cores; ${CONNECTIONS} connections, ${DURATION} s per endpoint`,
  );
  if (wanted.has('pglite')) {
    const db = await openDb();
    try {
      report.databases.push(await measure(db, 'pglite', 'PGlite (in memory)'));
    } finally {
      await db.close();
    }
  }
  if (wanted.has('postgres')) {
    const target = await postgresTarget(CONNECTIONS);
    if ('skipped' in target) {
      report.skipped.push({ database: 'postgres', reason: target.skipped });
    } else {
      try {
        report.databases.push(await measure(target.db, 'postgres', target.description));
      } finally {
        await target.done();
      }
    }
  }
  if (json) console.log(JSON.stringify(report));
  else printTable(report);
  if (anyFailed(report)) {
    console.error('some requests failed; the figures above are not trustworthy');
    process.exitCode = 1;
  }
}

await main();
