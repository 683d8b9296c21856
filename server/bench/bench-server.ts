import { execFile as execFileCb } from 'node:child_process';
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createAdaptorServer } from '@hono/node-server';
import type { Options, Result } from 'autocannon';
import { openDb, type Db } from '../db.ts';
import { openPostgres, type PostgresDb } from '../db-postgres.ts';
import { createSchema } from '../schema.ts';
import { DEMO_COUNTS, generateDemoData, type SeedCounts } from '../seed/generate.ts';
import { insertDemoData } from '../seed/seed.ts';
import { createServer } from '../server.ts';
import { baseUrl, closeServer, listen } from '../start.ts';
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwaway-postgres.ts';

// `npm run bench:server`: a benchmark, not a test. Seeds 10,000 tasks and 20,000 relations, serves
// them over real HTTP, and loads three typical reads with autocannon at 16 connections: on PGlite
// (in memory) and on PostgreSQL. PostgreSQL is TASKLINK_BENCH_DATABASE_URL when set (in a schema
// the run creates and drops), else a throwaway cluster from Debian's binaries when installed.
//
//   --json              one JSON object on stdout (BenchReport below); progress goes to stderr.
//                       `npm run bench` reads it: keep its shape stable.
//   --db=pglite,postgres  which databases to run (default both).
//   --compressed        clients send `Accept-Encoding: br, gzip` (default: none, as autocannon).
//   --uncached          serve without the answer cache, so every request reads the database.
//   BENCH_DURATION      seconds per endpoint (default 10).

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

export type EndpointFigures = {
  name: string;
  path: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** The server process's CPU time (user + system) per answered request; the load generator
   *  runs in another process. On PostgreSQL the database's own CPU is not in it. */
  cpuMsPerRequest: number;
};
export type DatabaseFigures = {
  database: 'pglite' | 'postgres';
  /** What ran, e.g. "PGlite (in memory)" or "PostgreSQL 15.18 (throwaway cluster)". */
  description: string;
  seedSeconds: number;
  endpoints: EndpointFigures[];
};
export type BenchReport = {
  seed: SeedCounts;
  connections: number;
  durationSeconds: number;
  /** Whether the clients accepted compressed answers (--compressed). */
  compressed: boolean;
  /** Whether the server's answer cache was on (off with --uncached). */
  answerCache: boolean;
  node: string;
  cores: number;
  databases: DatabaseFigures[];
  /** Databases asked for but not run, and why. */
  skipped: { database: 'pglite' | 'postgres'; reason: string }[];
};

const args = process.argv.slice(2);
const FLAGS = ['--json', '--compressed', '--uncached'];
const json = args.includes('--json');
const compressed = args.includes('--compressed');
const answerCache = !args.includes('--uncached');
const dbArg = args.find((a) => a.startsWith('--db='))?.slice('--db='.length) ?? 'pglite,postgres';
const unknown = args.filter((a) => !FLAGS.includes(a) && !a.startsWith('--db='));
const wanted = new Set(dbArg.split(',').map((d) => d.trim()));
if (unknown.length > 0 || [...wanted].some((d) => d !== 'pglite' && d !== 'postgres')) {
  console.error(
    'usage: bench-server.ts [--json] [--compressed] [--uncached] [--db=pglite,postgres]',
  );
  process.exit(2);
}
const log = (line: string) => (json ? console.error(line) : console.log(line));

const execFile = promisify(execFileCb);
const LOAD_SCRIPT = fileURLToPath(new URL('./load.ts', import.meta.url));

/** autocannon in a child process (load.ts), with this process's CPU time over the same span. */
async function load(options: Options): Promise<{ result: Result; cpuMs: number }> {
  const before = process.cpuUsage();
  const { stdout } = await execFile(
    process.execPath,
    ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(options)],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const used = process.cpuUsage(before);
  return { result: JSON.parse(stdout) as Result, cpuMs: (used.user + used.system) / 1000 };
}

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
      const { result, cpuMs } = await load({
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

/** The PostgreSQL to measure on: the one named by the environment, else a throwaway cluster. */
async function postgresTarget(): Promise<
  { db: PostgresDb; description: string; done(): Promise<void> } | { skipped: string }
> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const given = process.env.TASKLINK_BENCH_DATABASE_URL?.trim();
  if (given) {
    const db = await openPostgres(given, { schema, max: CONNECTIONS });
    const [row] = await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return {
      db,
      description: `PostgreSQL ${row?.v ?? '?'} (TASKLINK_BENCH_DATABASE_URL)`,
      done: async () => {
        await db.dropSchema();
        await db.close();
      },
    };
  }
  const bin = findPostgresBin();
  if (!bin) {
    return {
      skipped:
        'no PostgreSQL: set TASKLINK_BENCH_DATABASE_URL or install Debian’s postgresql (apt-get install postgresql)',
    };
  }
  let cluster: ThrowawayPostgres | undefined;
  try {
    cluster = await startThrowawayPostgres(bin);
    const db = await openPostgres(cluster.url, { max: CONNECTIONS });
    const stopping = cluster;
    return {
      db,
      description: `${cluster.version.replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ')} (throwaway cluster)`,
      done: async () => {
        await db.close();
        await stopping.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    return { skipped: `could not start PostgreSQL from ${bin}: ${(error as Error).message}` };
  }
}

const fixed = (n: number) => Number(n.toFixed(n < 10 ? 2 : 1));

function printTable(report: BenchReport) {
  for (const db of report.databases) {
    console.log(
      `\n${db.description}, seeded in ${db.seedSeconds.toFixed(2)} s; ` +
        `${report.compressed ? 'compressed' : 'uncompressed'} answers, answer cache ${report.answerCache ? 'on' : 'off'}`,
    );
    console.table(
      Object.fromEntries(
        db.endpoints.map((e) => [
          e.name,
          {
            'req/s': e.reqPerSec,
            median: `${fixed(e.p50Ms)} ms`,
            p99: `${fixed(e.p99Ms)} ms`,
            requests: e.requests,
            'non-2xx': e.non2xx,
            errors: e.errors,
            'CPU/req': `${fixed(e.cpuMsPerRequest)} ms`,
          },
        ]),
      ),
    );
  }
  for (const s of report.skipped) console.log(`\n${s.database}: skipped: ${s.reason}`);
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
    const target = await postgresTarget();
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
  const failed = report.databases.some((d) => d.endpoints.some((e) => e.non2xx + e.errors > 0));
  if (failed) {
    console.error('some requests failed; the figures above are not trustworthy');
    process.exitCode = 1;
  }
}

await main();
