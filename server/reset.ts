import { rmSync } from 'node:fs';
import { ConfigError, describeDatabaseUrl, parseConfig, pgDataDir } from './config.ts';
import { DataDirInUseError, acquireDataLock } from './data-lock.ts';
import { openDb, type Db } from './db.ts';
import { openPostgres } from './db-postgres.ts';
import { createSchema, dropSchema } from './schema.ts';
import { parseSeedSize, SEED_SIZES, type SeedSize } from './seed/generate.ts';
import { seed } from './seed/seed.ts';

// `npm run db:reset [-- --size=large]`: wipe the database in DATA_DIR and seed fresh demo data,
// or a workspace the size and shape of Twenty's demo (also TASKLINK_SEED_SIZE=large). The API key
// file is kept, so a URL printed before still opens the app. It takes DATA_DIR's lock first, so it
// refuses to run while a server has the folder. With DATABASE_URL it resets tasklink's tables in
// that PostgreSQL database instead (stop the servers that use it first).

function sizeFromArgs(args: readonly string[]): string | undefined {
  const arg = args.find((a) => a.startsWith('--size='));
  const unknown = args.find((a) => !a.startsWith('--size='));
  if (unknown !== undefined) throw new ConfigError(`unknown argument "${unknown.slice(0, 40)}"`);
  return arg?.slice('--size='.length);
}

async function resetDatabase(db: Db, size: SeedSize, where: string, dropFirst: boolean) {
  const started = performance.now();
  try {
    if (dropFirst) await dropSchema(db);
    await createSchema(db);
    const data = await seed(db, { now: new Date(), ...SEED_SIZES[size] });
    const counts = Object.entries(data).map(([object, rows]) => `${rows.length} ${object}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `tasklink: database reset (${size}) in ${where} in ${seconds} s: ${counts.join(', ')}`,
    );
  } finally {
    await db.close();
  }
}

try {
  const config = parseConfig();
  const raw = sizeFromArgs(process.argv.slice(2));
  let size = config.seedSize;
  if (raw !== undefined) {
    try {
      size = parseSeedSize(raw);
    } catch (error) {
      throw new ConfigError(`--size: ${(error as Error).message}`);
    }
  }
  if (config.databaseUrl) {
    // PostgreSQL: tasklink's own tables are dropped and made again; nothing else is touched.
    const where = `PostgreSQL at ${describeDatabaseUrl(config.databaseUrl)}`;
    await resetDatabase(await openPostgres(config.databaseUrl), size, where, true);
  } else {
    const dir = pgDataDir(config);
    const lock = acquireDataLock(config.dataDir);
    try {
      rmSync(dir, { recursive: true, force: true });
      await resetDatabase(await openDb(dir), size, dir, false);
    } finally {
      lock.release();
    }
  }
} catch (error) {
  const message =
    error instanceof ConfigError || error instanceof DataDirInUseError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`tasklink: ${message}`);
  process.exit(1);
}
