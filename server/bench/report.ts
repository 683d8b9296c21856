import type { SeedCounts } from '../seed/generate.ts';
import type { Database } from './args.ts';

// What bench-server.ts measured: the JSON shape `npm run bench` reads (keep it stable) and the
// table printed without --json.

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
  database: Database;
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
  skipped: { database: Database; reason: string }[];
};

const fixed = (n: number) => Number(n.toFixed(n < 10 ? 2 : 1));

export function printTable(report: BenchReport) {
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

/** Whether any request failed, which makes the figures untrustworthy. */
export const anyFailed = (report: BenchReport) =>
  report.databases.some((d) => d.endpoints.some((e) => e.non2xx + e.errors > 0));
