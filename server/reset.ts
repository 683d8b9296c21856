import { rmSync } from 'node:fs';
import { ConfigError, parseConfig, pgDataDir } from './config.ts';
import { DataDirInUseError, acquireDataLock } from './data-lock.ts';
import { openDb } from './db.ts';
import { createSchema } from './schema.ts';
import { seed } from './seed/seed.ts';

// `npm run db:reset`: wipe the database in DATA_DIR and seed fresh demo data. The API key file
// is kept, so a URL printed before still opens the app. It takes DATA_DIR's lock first, so it
// refuses to run while a server has the folder.

try {
  const config = parseConfig();
  const dir = pgDataDir(config);
  const lock = acquireDataLock(config.dataDir);
  try {
    rmSync(dir, { recursive: true, force: true });
    const db = await openDb(dir);
    try {
      await createSchema(db);
      const data = await seed(db, { now: new Date() });
      const counts = Object.entries(data).map(([object, rows]) => `${rows.length} ${object}`);
      console.log(`tasklink: database reset in ${dir}: ${counts.join(', ')}`);
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
