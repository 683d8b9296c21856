import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { type Db } from '../../server/db.ts';
import { openTestDatabase } from '../test-database.ts';
import { createSchema } from '../../server/schema.ts';
import { seed } from '../../server/seed/seed.ts';
import { createServer } from '../../server/server.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';

// The embedded server on a real port with a seeded database, for the contract suites.

export type Embedded = { db: Db; url: string; apiKey: string; close(): Promise<void> };

export async function startEmbedded(apiKey: string): Promise<Embedded> {
  const db = await openTestDatabase();
  await createSchema(db);
  await seed(db, { now: new Date() });
  const server = createAdaptorServer({ fetch: createServer({ db, apiKey }).fetch }) as Server;
  const url = baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0));
  return {
    db,
    url,
    apiKey,
    close: async () => {
      await closeServer(server);
      await db.close();
    },
  };
}
