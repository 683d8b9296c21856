import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import fc from 'fast-check';
import { openDb } from '../../server/db.ts';
import { createSchema } from '../../server/schema.ts';
import { seed } from '../../server/seed/seed.ts';
import { createServer } from '../../server/server.ts';
import { baseUrl, closeServer, listen } from '../../server/start.ts';
import { requestArb, type Ids, type Request } from './property-arbitraries.ts';

// `npm run fuzz [count] [seed]`: the property test's hostile requests (deep nesting and large
// bodies included), sent over real keep-alive HTTP to the composed server on a seeded database.
// Prints what came back; exits 1 on any 500 or any request without an answer.

const COUNT = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 1337);
const CONCURRENCY = 16;
const KEY = `fuzz-${Date.now().toString(36)}-key-Zq81`;

const db = await openDb();
await createSchema(db);
const data = await seed(db, { now: new Date() });
const idsOf = (rows: Record<string, unknown>[]) => rows.slice(0, 30).map((r) => String(r.id));
const ids: Ids = {
  tasks: idsOf(data.tasks),
  people: idsOf(data.people),
  companies: idsOf(data.companies),
  opportunities: idsOf(data.opportunities),
  taskTargets: idsOf(data.taskTargets),
};
const server = createAdaptorServer({
  fetch: createServer({ db, apiKey: KEY }).fetch,
}) as Server;
const origin = baseUrl('127.0.0.1', await listen(server, '127.0.0.1', 0));

const statuses = new Map<number, number>();
const failures: string[] = [];
let noAnswer = 0;
let bodyBytes = 0;

async function send(request: Request) {
  bodyBytes += request.body?.length ?? 0;
  try {
    const res = await fetch(`${origin}${request.path}`, {
      method: request.method,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: request.body,
    });
    const text = await res.text();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500 && failures.length < 10) {
      failures.push(`${request.method} ${request.path.slice(0, 120)} -> ${text.slice(0, 200)}`);
    }
  } catch (error) {
    noAnswer++;
    if (failures.length < 10) {
      const cause = error instanceof Error ? String(error.cause ?? error.message) : String(error);
      failures.push(`${request.method} ${request.path.slice(0, 120)} -> no answer: ${cause}`);
    }
  }
}

const started = performance.now();
// Drawn in slices: ten thousand requests with megabyte bodies would not fit in memory at once.
const SLICE = 500;
for (let offset = 0; offset < COUNT; offset += SLICE) {
  const requests = fc.sample(requestArb(ids), {
    numRuns: Math.min(SLICE, COUNT - offset),
    seed: SEED + offset,
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < requests.length; i = next++) await send(requests[i]!);
    }),
  );
}
const seconds = (performance.now() - started) / 1000;
const health = await fetch(`${origin}/rest/tasks?limit=1`, {
  headers: { authorization: `Bearer ${KEY}` },
});

const histogram = [...statuses.entries()]
  .sort(([a], [b]) => a - b)
  .map(([status, n]) => `${status}×${n}`)
  .join(', ');
const fiveHundreds = [...statuses.entries()]
  .filter(([status]) => status >= 500)
  .reduce((sum, [, n]) => sum + n, 0);
console.log(
  `fuzz: ${COUNT} requests (seed ${SEED}, ${CONCURRENCY} at a time, ${(bodyBytes / 1e6).toFixed(1)} MB of bodies) in ${seconds.toFixed(1)} s`,
);
console.log(`fuzz: statuses ${histogram}`);
console.log(
  `fuzz: ${fiveHundreds} × 5xx, ${noAnswer} × no answer; health check afterwards ${health.status}`,
);
for (const failure of failures) console.log(`fuzz: ${failure}`);

await closeServer(server);
await db.close();
process.exit(fiveHundreds === 0 && noAnswer === 0 && health.status === 200 ? 0 : 1);
