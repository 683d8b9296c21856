import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark as shoot,
  test,
  withKey,
} from './fixtures';

// Signed in in every tab: the `#key` link signs the browser in with a session cookie, so a new
// tab at a shared URL opens the same view; a browser without a session gets one Connect screen.

// Each test opens two or three pages, with accessibility scans and screenshots.
test.slow();

const SHARED = '/tasks?q=call';
/** A page's first load (its chunks, the first answers) on a busy machine, as in long-column.spec. */
const FIRST_LOAD = { timeout: 30_000 };

/** The board at SHARED: the search kept, and the To do column holding only matching cards. */
async function expectSharedView(page: Page): Promise<void> {
  await expect(page.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue(
    'call',
    FIRST_LOAD,
  );
  const todo = page.getByRole('region', { name: 'To do' });
  await expect(todo.getByRole('article').first()).toBeVisible(FIRST_LOAD);
  await expect
    .poll(async () => {
      const titles = await todo.getByRole('article').getByRole('heading').allInnerTexts();
      return titles.length > 0 && titles.every((t) => t.toLowerCase().includes('call'));
    })
    .toBe(true);
  await expect(page.getByText(/Could not load/)).toHaveCount(0);
}

const connectScreen = (page: Page) => page.getByRole('main', { name: 'Connect to tasklink' });

async function freshContext(browser: Browser, baseURL: string | undefined, phone = false) {
  return browser.newContext({
    baseURL,
    locale: 'en-US',
    ...(phone ? { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true } : {}),
  });
}

test('a new tab at a shared filter URL opens signed in, with the filters applied', async ({
  page,
  context,
  gotoApp,
  apiKey,
}) => {
  await gotoApp('/tasks');
  await expect(
    page.getByRole('region', { name: 'To do' }).getByRole('article').first(),
  ).toBeVisible(FIRST_LOAD);
  expect(page.url()).not.toContain('#key');
  expect(page.url()).not.toContain(apiKey);

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.startsWith('tasklink_session'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(session?.value).not.toContain(apiKey);
  expect(
    await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage })),
  ).not.toContain(apiKey);
  // HttpOnly: no script on the page can read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('tasklink_session');

  const second = await context.newPage();
  await second.goto(SHARED);
  await expectSharedView(second);
  await expect(connectScreen(second)).toHaveCount(0);
  expect(second.url()).toMatch(/\/tasks\?q=call$/);
  await second.close();
});

test('a fresh browser gets the Connect screen, and the pasted key opens the requested view', async ({
  browser,
  baseURL,
  apiKey,
}) => {
  const context = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto(SHARED);
    const main = connectScreen(page);
    await expect(main).toBeVisible(FIRST_LOAD);
    await expect(main.getByText(/tasklink ready: http:\/\/127\.0\.0\.1:\d+\/#key=…/)).toBeVisible();
    await expect(page.getByText(/Authorization|Bearer/)).toHaveCount(0);
    await expect(page.getByText(/Could not load/)).toHaveCount(0);
    await expect(page.getByLabel('API key')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'connect');

    await page.getByLabel('API key').fill('not-the-key-0000');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(main.getByRole('alert')).toHaveText(/That key was not accepted/);
    await expect(page.getByLabel('API key')).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'connect-wrong-key');

    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expectSharedView(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(SHARED);

    // The session is the browser's: another tab needs nothing more.
    const other = await context.newPage();
    await other.goto('/people');
    await expect(other.getByRole('heading', { name: 'People', level: 1 })).toBeVisible(FIRST_LOAD);
    await expect(connectScreen(other)).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('signing out in Settings ends the session for every tab', async ({
  browser,
  baseURL,
  apiKey,
}) => {
  const context: BrowserContext = await freshContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto(withKey('/settings', apiKey));
    const card = page.getByRole('region', { name: 'Session' });
    await expect(card).toContainText(
      'This browser is signed in to this tasklink server until',
      FIRST_LOAD,
    );
    const other = await context.newPage();
    await other.goto(SHARED);
    await expectSharedView(other);

    await card.getByRole('button', { name: 'Sign out' }).click();
    await expect(connectScreen(page)).toBeVisible(FIRST_LOAD);
    expect(await context.cookies()).toEqual([]);
    await other.reload();
    await expect(connectScreen(other)).toBeVisible(FIRST_LOAD);
  } finally {
    await context.close();
  }
});

test('the Connect screen on a phone', async ({ browser, baseURL }) => {
  const context = await freshContext(browser, baseURL, true);
  try {
    const page = await context.newPage();
    await page.goto(SHARED);
    await expect(connectScreen(page)).toBeVisible(FIRST_LOAD);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'connect-phone');
  } finally {
    await context.close();
  }
});
