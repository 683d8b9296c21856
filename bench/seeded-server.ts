import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { openDb } from '../server/db.ts';
import { createSchema } from '../server/schema.ts';
import {
  DEMO_COUNTS,
  DEMO_SHAPE,
  generateDemoData,
  type TaskShape,
} from '../server/seed/generate.ts';
import { insertDemoData } from '../server/seed/seed.ts';
import { createServer } from '../server/server.ts';
import { baseUrl, closeServer, listen } from '../server/start.ts';
import { BENCH_API_KEY, READY_PREFIX } from './server-protocol.ts';

// One benchmark backend: the built app and the embedded API on a free port, over an in-memory
// database seeded with `--tasks=N` tasks (two relations each, the demo's shape; `--todo=M` puts
// exactly M of them in To do and splits the rest between the other two columns). Run as a child
// process by bench/run.ts, so the server's work never shares an event loop with the browser
// driver. Prints `bench server ready: <url>` once it serves; stops on SIGTERM.

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function required(name: string): string {
  const value = argument(name);
  if (value === undefined) throw new Error(`missing --${name}=`);
  return value;
}

async function main() {
  const tasks = Number(required('tasks'));
  if (!Number.isInteger(tasks) || tasks < 1 || tasks > 100_000) {
    throw new Error('--tasks must be a whole number from 1 to 100000');
  }
  const todoRaw = argument('todo');
  const todo = todoRaw === undefined ? undefined : Number(todoRaw);
  if (todo !== undefined && (!Number.isInteger(todo) || todo < 0 || todo > tasks)) {
    throw new Error('--todo must be a whole number from 0 to --tasks');
  }
  const staticDir = required('static');
  const db = await openDb();
  await createSchema(db);
  const counts = {
    ...DEMO_COUNTS,
    workspaceMembers: 12,
    companies: Math.max(12, Math.round(tasks / 25)),
    people: Math.max(40, Math.round(tasks / 5)),
    opportunities: Math.max(10, Math.round(tasks / 25)),
    tasks,
    taskTargets: tasks * 2,
  };
  const rest = tasks - (todo ?? 0);
  const shape: TaskShape =
    todo === undefined
      ? DEMO_SHAPE
      : { ...DEMO_SHAPE, statusWeights: [todo, Math.ceil(rest / 2), Math.floor(rest / 2)] };
  await insertDemoData(db, generateDemoData({ now: new Date(), counts, shape }));
  const server = createAdaptorServer({
    fetch: createServer({ db, apiKey: BENCH_API_KEY, staticDir }).fetch,
  }) as Server;
  const url = baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0));
  console.log(`${READY_PREFIX}${url}`);
  process.once('SIGTERM', () => {
    void closeServer(server)
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}

await main();
