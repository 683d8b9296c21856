import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { ENV_API_KEY, ENV_BASE_URL, ENV_STATIC_DIR } from './global-setup';
import { startStack, type RunningStack } from './stack';
import { seriousA11yViolations } from './a11y';

// What every browser test gets: where the stack runs, its key, the REST API, and the server's
// fault injection (reset after each test, so one test's faults never leak into the next).
// A project may ask for a stack of its own (`ownStack`: a rate limit, a workspace-sized seed);
// it is started once per worker, serving the run's build, and stopped with the worker.

export type ApiResponse<T> = { status: number; body: T };
export type ApiInit = { method?: string; body?: unknown; headers?: Record<string, string> };
export type Api = <T = unknown>(path: string, init?: ApiInit) => Promise<ApiResponse<T>>;

/** One rule of `PUT /__test/faults` (server/faults.ts). */
export type FaultRule = {
  method?: string;
  /** Exact path such as `/rest/taskTargets`, or a prefix ending in `*`. */
  path?: string;
  /** Fail every Nth matching request (1 = every one). */
  every?: number;
  /** Fail `fail` of every `of` matching requests, spread evenly. */
  rate?: { fail: number; of: number };
  /** Stop failing after this many failures. */
  times?: number;
  status?: number;
  latencyMs?: number;
  /** Fail after the handler ran: the change is made but its answer is lost. */
  after?: boolean;
};

type Fixtures = {
  apiKey: string;
  /** The URL `npm start` prints: the app, with the key in the fragment. */
  appUrl: string;
  /** Opens an app page already connected, e.g. `gotoApp('/people')`: goes to `<path>#key=<key>`. */
  gotoApp: (path?: string) => Promise<void>;
  /** A REST call to the embedded backend with the key; the body is sent and read as JSON. */
  api: Api;
  setFaults: (rules: FaultRule[]) => Promise<void>;
};

export type OwnStackOptions = {
  /** Server environment for a stack of the project's own; null: the run's main stack. */
  ownStack: Record<string, string> | null;
};
type WorkerFixtures = OwnStackOptions & {
  /** stopServer/startServer: only on a stack of the project's own, never the shared one. */
  stack: Pick<RunningStack, 'baseUrl' | 'apiKey'> &
    Partial<Pick<RunningStack, 'stopServer' | 'startServer'>>;
};

/** Seeding a workspace the size of Twenty's demo takes a while on a busy machine. */
const OWN_STACK_TIMEOUT_MS = 300_000;

function fromEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the browser tests with "npx playwright test"`);
  return value;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  ownStack: [null, { scope: 'worker', option: true }],
  stack: [
    async ({ ownStack }, use) => {
      if (!ownStack) {
        await use({ baseUrl: fromEnv(ENV_BASE_URL), apiKey: fromEnv(ENV_API_KEY) });
        return;
      }
      const running = await startStack(fromEnv(ENV_STATIC_DIR), ownStack);
      try {
        await use(running);
      } finally {
        await running.stop();
      }
    },
    { scope: 'worker', timeout: OWN_STACK_TIMEOUT_MS },
  ],
  baseURL: async ({ stack }, use) => {
    await use(stack.baseUrl);
  },
  apiKey: async ({ stack }, use) => {
    await use(stack.apiKey);
  },
  appUrl: async ({ baseURL, apiKey }, use) => {
    await use(`${baseURL}/#key=${encodeURIComponent(apiKey)}`);
  },
  gotoApp: async ({ page, apiKey }, use) => {
    await use(async (path = '/') => {
      await page.goto(withKey(path, apiKey));
    });
  },
  api: async ({ baseURL, apiKey }, use) => {
    await use(async <T>(path: string, init: ApiInit = {}) => {
      const response = await fetch(new URL(path, baseURL), {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Bearer ${apiKey}`,
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    });
  },
  setFaults: async ({ api }, use) => {
    const put = async (rules: FaultRule[]) => {
      const { status, body } = await api('/__test/faults', { method: 'PUT', body: rules });
      if (status !== 200)
        throw new Error(`PUT /__test/faults answered ${status}: ${JSON.stringify(body)}`);
    };
    let used = false;
    await use(async (rules) => {
      used = true;
      await put(rules);
    });
    if (used) await put([]);
  },
});

export { expect };

/** `path` as `npm start`'s link hands the key over: in the fragment, which the app trades for a
 *  session cookie and removes. For a page of another browser context than the test's own. */
export const withKey = (path: string, apiKey: string) =>
  `${path}#key=${encodeURIComponent(apiKey)}`;

/** Full-page screenshots in light and dark, into the project's screenshots folder. */
export async function shootLightAndDark(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({
      path: join(test.info().project.outputDir, 'screenshots', `${name}-${colorScheme}.png`),
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Scans the page as it is now (WCAG 2.1 A and AA) and fails on any serious or critical finding. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page), `accessibility violations on ${page.url()}`).toEqual(
    [],
  );
}
