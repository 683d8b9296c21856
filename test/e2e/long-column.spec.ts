import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { ENV_STATIC_DIR } from './global-setup';

// A column of 3,000 tasks, on a server of its own (bench/seeded-server.ts, the benchmark's) over
// the app the run built: the column draws a few dozen cards whatever its length, still reaches
// its last task by scrolling, tells screen readers how many it holds, and keeps a focused card.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TODO = 3_000;
const READY = /bench server ready: (\S+)/;
// bench/server-protocol.ts: the benchmark server's fixed, not secret, key.
const KEY = 'bench-key-not-secret-0123456789';
/** The bound for the whole board's DOM, whatever the column's length. */
const MAX_DOM_NODES = 2_000;

let server: ChildProcess | undefined;
let baseUrl = '';

test.beforeAll(async () => {
  // Seeding 3,060 tasks and 6,120 relations takes a while on a busy machine.
  test.setTimeout(180_000);
  const staticDir = process.env[ENV_STATIC_DIR];
  if (!staticDir) throw new Error(`${ENV_STATIC_DIR} is not set: run with "npx playwright test"`);
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/seeded-server.ts',
      `--tasks=${TODO + 60}`,
      `--todo=${TODO}`,
      `--static=${staticDir}`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  server = child;
  baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = READY.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the seeded server exited (${code})`)));
  });
});

test.afterAll(async () => {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
});

const todo = (page: Page) => page.getByRole('region', { name: 'To do', exact: true });
const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function openBoard(page: Page) {
  await page.goto(`${baseUrl}/tasks#key=${encodeURIComponent(KEY)}`);
  await expect(todo(page).getByRole('article').first()).toBeVisible({ timeout: 30_000 });
}

test('a column of 3,000 tasks keeps the DOM small and still reaches its last task', async ({
  page,
}) => {
  // Scrolling through 50 pages of 60 cards, each fetched as the window nears the end.
  test.setTimeout(180_000);
  await openBoard(page);
  await expect(todo(page).getByRole('heading', { name: `To do, ${TODO} tasks` })).toBeVisible();
  const first = todo(page).getByRole('article').first();
  await expect(first).toHaveAttribute('aria-posinset', '1');
  await expect(first).toHaveAttribute('aria-setsize', String(TODO));

  // Scroll to the end again and again, noting every card drawn on the way.
  const scroller = todo(page).locator('article').first().locator('xpath=../../..');
  const seen = new Set<string>();
  let most = { nodes: 0, cards: 0 };
  for (let step = 0; step < 400 && !seen.has(String(TODO)); step += 1) {
    const drawn = await scroller.evaluate((node) => {
      node.scrollTop = node.scrollHeight;
      return {
        positions: [...node.querySelectorAll('article')].map(
          (card) => card.getAttribute('aria-posinset') ?? '',
        ),
        nodes: document.getElementsByTagName('*').length,
      };
    });
    for (const position of drawn.positions) seen.add(position);
    most = {
      nodes: Math.max(most.nodes, drawn.nodes),
      cards: Math.max(most.cards, drawn.positions.length),
    };
    if (!seen.has(String(TODO))) await page.waitForTimeout(100);
  }
  expect(seen.has(String(TODO)), `reached card ${Math.max(...[...seen].map(Number))}`).toBe(true);
  await expect(todo(page).locator(`article[aria-posinset="${TODO}"]`)).toBeVisible();
  console.log(`long column: at most ${most.cards} cards and ${most.nodes} DOM nodes at once`);
  expect(most.cards).toBeLessThan(60);
  expect(most.nodes).toBeLessThan(MAX_DOM_NODES);
  expect(await domNodes(page)).toBeLessThan(MAX_DOM_NODES);
});

test('a focused card keeps its focus when it scrolls far out of the window', async ({ page }) => {
  await openBoard(page);
  const firstCard = todo(page).locator('article[aria-posinset="1"]');
  await firstCard.getByRole('button', { name: /^Move / }).focus();
  const scroller = todo(page).locator('article').first().locator('xpath=../../..');
  await scroller.evaluate((node) => {
    node.scrollTop = node.scrollHeight;
  });
  // Far below, other cards are drawn; the focused one is still there, and still focused.
  await expect(todo(page).locator('article[aria-posinset="55"]')).toBeAttached();
  await expect(firstCard).not.toBeInViewport();
  await expect(firstCard.getByRole('button', { name: /^Move / })).toBeFocused();
});
