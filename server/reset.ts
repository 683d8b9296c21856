import { rmSync } from 'node:fs';
import { ConfigError, parseConfig, pgDataDir } from './config.ts';
import { DataDirInUseError, acquireDataLock } from './data-lock.ts';
import { openDb } from './db.ts';
import { createSchema } from './schema.ts';
import { parseSeedSize, SEED_SIZES } from './seed/generate.ts';
import { seed } from './seed/seed.ts';

// `npm run db:reset [-- --size=large]`: wipe the database in DATA_DIR and seed fresh demo data,
// or a workspace the size and shape of Twenty's demo (also TASKLINK_SEED_SIZE=large). The API key
// file is kept, so a URL printed before still opens the app. It takes DATA_DIR's lock first, so it
// refuses to run while a server has the folder.

function sizeFromArgs(args: readonly string[]): string | undefined {
  const arg = args.find((a) => a.startsWith('--size='));
  const unknown = args.find((a) => !a.startsWith('--size='));
  if (unknown !== undefined) throw new ConfigError(`unknown argument "${unknown.slice(0, 40)}"`);
  return arg?.slice('--size='.length);
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
  const dir = pgDataDir(config);
  const lock = acquireDataLock(config.dataDir);
  try {
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const db = await openDb(dir);
    try {
      await createSchema(db);
      const data = await seed(db, { now: new Date(), ...SEED_SIZES[size] });
      const counts = Object.entries(data).map(([object, rows]) => `${rows.length} ${object}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `tasklink: database reset (${size}) in ${dir} in ${seconds} s: ${counts.join(', ')}`,
      );
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
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
