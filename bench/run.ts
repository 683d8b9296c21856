import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  firstCard,
  launch,
  routeScripts,
  scrollColumn,
  type Plan,
  type Target,
} from './browser.ts';
import { measureJs } from './js-sizes.ts';
import { BENCH_API_KEY, READY_PREFIX } from './server-protocol.ts';
import { serverFigures } from './server-figures.ts';

// `npm run bench`: a benchmark that prints figures, not a test. One run builds the app, serves it
// over seeded in-memory databases of 1,000 and 10,000 tasks, measures the board in headless
// Chromium, runs the server's own benchmark, prints one table and appends it to
// bench/results.md with the commit and date, so a regression shows across commits.
// BENCH_RUNS (default 3) loads per first-card figure, of which the median is shown;
// `--label=TEXT` notes what the run is (e.g. "before virtual columns"); `--app=DIR` measures an
// app already built there (e.g. an older commit's) instead of building this tree.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results.md');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = [1_000, 10_000] as const;
const SCROLL_CARDS = 3_000;
const CPU_SLOWDOWN = 4;

type Row = { area: string; measure: string; value: string; target: string };

function git(args: string[]): string {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
}

function build(outDir: string): void {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${String(result.status)})`);
}

function startServer(
  tasks: number,
  staticDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join('bench', 'seeded-server.ts'),
      `--tasks=${tasks}`,
      `--static=${staticDir}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) resolve({ child, url: line.slice(READY_PREFIX.length).trim() });
    });
    child.once('exit', (code) => reject(new Error(`the ${tasks}-task server exited (${code})`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function firstIds(target: Target): Promise<{ person: string; task: string }> {
  const get = async (path: string, key: 'people' | 'tasks') => {
    const response = await fetch(`${target.url}${path}`, {
      headers: { Authorization: `Bearer ${target.apiKey}` },
    });
    const body = (await response.json()) as { data: Record<string, { id: string }[]> };
    const id = body.data[key]?.[0]?.id;
    if (!id) throw new Error(`${path} listed no record`);
    return id;
  };
  return {
    person: await get('/rest/people?limit=1', 'people'),
    task: await get('/rest/tasks?limit=1', 'tasks'),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const thousands = (n: number) => n.toLocaleString('en-US');

function table(rows: readonly Row[]): string {
  const lines = [
    '| area | measure | value | target |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.area} | ${row.measure} | ${row.value} | ${row.target} |`),
  ];
  return lines.join('\n');
}

async function main() {
  const label = process.argv.find((arg) => arg.startsWith('--label='))?.slice('--label='.length);
  // Read before the build: the tree may change while the run goes on.
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']) ? ' (uncommitted changes)' : '';
  const prebuilt = process.argv.find((arg) => arg.startsWith('--app='))?.slice('--app='.length);
  const work = mkdtempSync(join(tmpdir(), 'tasklink-bench-'));
  const staticDir = prebuilt ?? join(work, 'app');
  const servers: ChildProcess[] = [];
  const rows: Row[] = [];
  try {
    if (!prebuilt) build(staticDir);
    const targets = new Map<number, Target>();
    for (const size of SIZES) {
      const started = await startServer(size, staticDir);
      servers.push(started.child);
      targets.set(size, { url: started.url, apiKey: BENCH_API_KEY });
      console.error(`bench: ${thousands(size)} tasks served at ${started.url}`);
    }

    const browser = await launch();
    try {
      for (const size of SIZES) {
        const target = targets.get(size)!;
        for (const plan of ['tasklink', 'naive'] as const satisfies readonly Plan[]) {
          for (const cold of [false, true]) {
            const figures = await firstCard(browser, target, plan, {
              cold,
              cpuSlowdown: cold ? CPU_SLOWDOWN : 1,
              runs: RUNS,
            });
            const big = size === 10_000 && plan === 'tasklink';
            rows.push({
              area: `first card, ${thousands(size)} tasks`,
              measure: `${plan === 'naive' ? 'naive per-task plan' : 'tasklink'}, ${cold ? `cold, CPU ${CPU_SLOWDOWN}× slower` : 'warm'}`,
              value: `${seconds(figures.ms)}, ${figures.requests} requests`,
              target: big ? (cold ? '< 1.5 s, ≤ 6 requests' : '< 0.5 s, ≤ 6 requests') : '',
            });
            console.error(
              `bench: ${rows.at(-1)!.area}: ${rows.at(-1)!.measure}: ${rows.at(-1)!.value}`,
            );
          }
        }
      }

      const big = targets.get(10_000)!;
      const scroll = await scrollColumn(browser, big, SCROLL_CARDS);
      rows.push(
        {
          area: `scrolling a ${thousands(SCROLL_CARDS)}-card column`,
          measure: 'main-thread tasks over 50 ms (worst)',
          value: `${scroll.longTasks} (${scroll.worstMs.toFixed(0)} ms), ${scroll.seconds.toFixed(0)} s to card ${thousands(scroll.cards)}${scroll.cards < SCROLL_CARDS ? ' (stopped: time limit)' : ''}`,
          target: '0',
        },
        {
          area: `scrolling a ${thousands(SCROLL_CARDS)}-card column`,
          measure: 'DOM nodes at the end (most cards in the DOM at once)',
          value: `${thousands(scroll.domNodes)} (${thousands(scroll.maxCards)})`,
          target: '< 2,000',
        },
      );
      console.error(`bench: scrolled: ${JSON.stringify(scroll)}`);

      const ids = await firstIds(big);
      const routes = [
        {
          name: 'board, before the first card',
          path: '/tasks',
          beforeCard: true,
          target: '≤ 120 KB gzip',
        },
        { name: 'board, until idle', path: '/tasks', beforeCard: false, target: '' },
        { name: 'task editor', path: `/tasks/${ids.task}`, beforeCard: false, target: '' },
        { name: 'people list', path: '/people', beforeCard: false, target: '' },
        { name: 'person page', path: `/people/${ids.person}`, beforeCard: false, target: '' },
        { name: 'settings', path: '/settings', beforeCard: false, target: '' },
      ];
      for (const route of routes) {
        const size = measureJs(
          staticDir,
          await routeScripts(browser, big, route.path, route.beforeCard),
        );
        rows.push({
          area: 'JS per route (raw / gzip / brotli)',
          measure: route.name,
          value: `${size.files} files: ${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)}`,
          target: route.target,
        });
      }
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all(servers.map(stopServer));
    rmSync(work, { recursive: true, force: true });
  }

  // Issue 10's targets for `tasks?depth=1&limit=60`: 3× the 126 req/s PGlite served when it was
  // filed, and a p99 under 20 ms on PostgreSQL.
  const serverTarget = (name: string) =>
    !name.endsWith('task board page')
      ? ''
      : name.startsWith('PGlite')
        ? '≥ 378 req/s'
        : name.startsWith('PostgreSQL')
          ? 'p99 < 20 ms'
          : '';

  // After the browser and the seeded servers are gone, so they take no CPU from it.
  const server = await serverFigures(ROOT);
  if ('unavailable' in server) {
    rows.push({
      area: 'server',
      measure: 'server bench unavailable',
      value: server.unavailable,
      target: '',
    });
  } else {
    for (const row of server.rows) {
      rows.push({
        area: 'server (bench:server, 16 connections)',
        measure: row.name,
        value: `${Math.round(row.reqPerSec)} req/s, p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`,
        target: serverTarget(row.name),
      });
    }
  }

  const heading =
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${commit}${dirty}` +
    `${label ? `: ${label}` : ''}\n\n` +
    `node ${process.version}, ${availableParallelism()} cores, Chromium headless, median of ${RUNS} loads per first-card figure.\n`;
  const output = `${heading}\n${table(rows)}\n`;
  console.log(output);
  appendFileSync(RESULTS, `\n${output}`);
  console.error(`bench: appended to ${RESULTS}`);
}

await main();
