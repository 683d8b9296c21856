import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { NAIVE_PATH, naivePlanHtml } from './naive-plan.ts';
import { PROBE_SCRIPT, type ProbeResult } from './page-probe.ts';

// What the benchmark measures in headless Chromium (Debian's, as the browser tests use).

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOAD_TIMEOUT_MS = 90_000;
const SCROLL_LIMIT_MS = 240_000;

export type Target = { url: string; apiKey: string };
export type Plan = 'tasklink' | 'naive';
export type FirstCard = { ms: number; requests: number };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function newContext(browser: Browser, target: Target): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PROBE_SCRIPT });
  await context.route(`${target.url}${NAIVE_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: naivePlanHtml(target.apiKey) }),
  );
  return context;
}

/** `returning`: a visit after the first, which has the session cookie and no `#key` to trade. */
const planUrl = (target: Target, plan: Plan, returning = false) =>
  plan === 'naive'
    ? `${target.url}${NAIVE_PATH}`
    : returning
      ? `${target.url}/tasks`
      : `${target.url}/tasks#key=${encodeURIComponent(target.apiKey)}`;

async function probe(page: Page): Promise<ProbeResult> {
  const result = await page.evaluate(() => window.__bench);
  if (!result) throw new Error(`the benchmark probe is missing on ${page.url()}`);
  return result;
}

/** Opens the board (or the naive page) and waits for the first card, then for the network to go
 *  quiet; counts the API requests it made. `cpuSlowdown` > 1 throttles the page's CPU. */
async function openBoard(
  context: BrowserContext,
  target: Target,
  plan: Plan,
  cpuSlowdown: number,
  returning = false,
): Promise<FirstCard> {
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    let requests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/rest/')) requests += 1;
    });
    await page.goto(planUrl(target, plan, returning), { timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench?.firstCard != null, undefined, {
      timeout: LOAD_TIMEOUT_MS,
    });
    const { firstCard } = await probe(page);
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    return { ms: firstCard ?? Number.NaN, requests };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Time to the first card, the median of `runs` loads. Cold: a fresh context each time (empty
 * cache) with the CPU slowed down; warm: a second load in a context that has loaded it once.
 */
export async function firstCard(
  browser: Browser,
  target: Target,
  plan: Plan,
  mode: { cold: boolean; cpuSlowdown: number; runs: number },
): Promise<FirstCard> {
  const samples: FirstCard[] = [];
  for (let run = 0; run < mode.runs; run += 1) {
    const context = await newContext(browser, target);
    try {
      // Warm: the second visit of a user who opened `npm start`'s link once, so the page comes
      // from the cache and the session cookie is already set (no `#key` to trade for it).
      if (!mode.cold) await openBoard(context, target, plan, 1);
      samples.push(await openBoard(context, target, plan, mode.cpuSlowdown, !mode.cold));
    } finally {
      await context.close();
    }
  }
  return {
    ms: median(samples.map((sample) => sample.ms)),
    requests: median(samples.map((sample) => sample.requests)),
  };
}

export type ScrollFigures = {
  cards: number;
  longTasks: number;
  worstMs: number;
  domNodes: number;
  /** The most `<article>`s in the DOM at once while scrolling. */
  maxCards: number;
  seconds: number;
};

/**
 * Scrolls the To do column with the mouse wheel until `cards` of its tasks have been shown, and
 * reports the main-thread tasks over 50 ms meanwhile and the DOM's size at the end. How far the
 * column got is read from the cards' aria-posinset where they carry one (a virtualised column),
 * else from how many cards it holds.
 */
export async function scrollColumn(
  browser: Browser,
  target: Target,
  cards: number,
): Promise<ScrollFigures> {
  const context = await newContext(browser, target);
  const page = await context.newPage();
  try {
    await page.goto(planUrl(target, 'tasklink'), { timeout: LOAD_TIMEOUT_MS });
    const column = page.getByRole('region', { name: 'To do', exact: true });
    await column.locator('article').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    const box = await column.locator('article').first().boundingBox();
    if (!box) throw new Error('the To do column has no visible card');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const startedAt = await page.evaluate(() => performance.now());
    const started = Date.now();
    let reached = 0;
    let maxCards = 0;
    // Bounded in time: a board too slow to get there reports how far it got.
    while (reached < cards && Date.now() - started < SCROLL_LIMIT_MS) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(40);
      const state = await column.evaluate((node) => {
        const articles = [...node.querySelectorAll('article')];
        const positions = articles.map((a) => Number(a.getAttribute('aria-posinset') ?? 0));
        return { count: articles.length, furthest: Math.max(0, ...positions) };
      });
      maxCards = Math.max(maxCards, state.count);
      reached = Math.max(state.count, state.furthest);
    }
    const seconds = (Date.now() - started) / 1000;
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    const { longTasks } = await probe(page);
    const during = longTasks.filter((task) => task.start >= startedAt);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return {
      cards: reached,
      longTasks: during.length,
      worstMs: Math.max(0, ...during.map((task) => task.duration)),
      domNodes,
      maxCards,
      seconds,
    };
  } finally {
    await context.close();
  }
}

/** Same-origin JS files a route loaded: those requested before its first card when `beforeCard`
 *  (the board), else those requested until the network went quiet after opening it. */
export async function routeScripts(
  browser: Browser,
  target: Target,
  path: string,
  beforeCard: boolean,
): Promise<string[]> {
  const context = await newContext(browser, target);
  const page = await context.newPage();
  try {
    await page.goto(`${target.url}${path}#key=${encodeURIComponent(target.apiKey)}`, {
      timeout: LOAD_TIMEOUT_MS,
    });
    if (beforeCard) {
      await page.waitForFunction(() => window.__bench?.firstCard != null, undefined, {
        timeout: LOAD_TIMEOUT_MS,
      });
    }
    await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
    const { firstCard } = await probe(page);
    const limit = beforeCard ? (firstCard ?? Infinity) : Infinity;
    const origin = new URL(target.url).origin;
    return page.evaluate(
      ({ origin: own, limit: until }) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= until)
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === own && url.pathname.endsWith('.js'))
          .map((url) => url.pathname),
      { origin, limit },
    );
  } finally {
    await context.close();
  }
}
