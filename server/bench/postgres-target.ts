import { openPostgres, type PostgresDb } from '../db-postgres.ts';
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './throwaway-postgres.ts';

export type PostgresTarget =
  { db: PostgresDb; description: string; done(): Promise<void> } | { skipped: string };

/** The PostgreSQL to measure on: TASKLINK_BENCH_DATABASE_URL (in a schema of the run's own, dropped
 *  again by done()), else a throwaway cluster from Debian's binaries, else why there is none. */
export async function postgresTarget(connections: number): Promise<PostgresTarget> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const given = process.env.TASKLINK_BENCH_DATABASE_URL?.trim();
  if (given) {
    const db = await openPostgres(given, { schema, max: connections });
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
    const db = await openPostgres(cluster.url, { max: connections });
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
