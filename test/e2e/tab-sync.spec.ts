import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  withKey,
  type Api,
} from './fixtures';
import { holdChunk } from './held-chunk';

// Every tab in step: two pages of one browser (one session cookie, one BroadcastChannel), and a
// change made behind the app's back through the REST API, which a tab shows once it is back in
// view. Each test makes its own task (the board filtered to its run) and deletes it.

type WireTask = { id: string; status: string };

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

async function makeTask(api: Api, title: string): Promise<string> {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  made.push(created.body.data.createTask.id);
  return created.body.data.createTask.id;
}

async function serverStatus(api: Api, id: string): Promise<string> {
  const { body } = await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}`);
  return body.data.task.status;
}

/** The tab as the browser sees it when the user switches to another tab and back. Headless
 *  pages are always "visible", so the page's own document says otherwise, and tells it. */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((next) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => next === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    if (next === 'visible') window.dispatchEvent(new FocusEvent('focus'));
  }, state);
}

test('a status changed in one tab shows in the other at once, without a reload', async ({
  page,
  context,
  apiKey,
  api,
}) => {
  const run = stamp();
  const title = `Sync ${run} status`;
  const id = await makeTask(api, title);
  const board = `/tasks?q=${encodeURIComponent(run)}`;

  await page.goto(withKey(board, apiKey));
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();
  const other = await context.newPage();
  await other.goto(board);
  await expect(column(other, 'To do').getByRole('article', { name: title })).toBeVisible();

  await page.getByRole('button', { name: `Status of ${title}: To do. Change status` }).click();
  await page.getByRole('menuitemradio', { name: 'Done' }).click();
  await expect.poll(() => serverStatus(api, id)).toBe('DONE');

  // Well inside the 30 s background refresh: only the other tab's message can bring it this soon.
  await expect(column(other, 'Done').getByRole('article', { name: title })).toBeVisible({
    timeout: 5_000,
  });
  await expect(column(other, 'To do').getByRole('article', { name: title })).toHaveCount(0);
  await expectNoSeriousA11yViolations(other);
  await shootLightAndDark(other, 'tab-sync-other-tab');

  // The other tab on a phone: one column at a time, the moved task under Done.
  await other.setViewportSize({ width: 390, height: 844 });
  await other
    .getByRole('group', { name: 'Status to show' })
    .getByRole('button', { name: /^Done/ })
    .click();
  await expect(column(other, 'Done').getByRole('article', { name: title })).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  await other.screenshot({
    path: join(test.info().project.outputDir, 'screenshots', 'tab-sync-other-tab-phone.png'),
    fullPage: true,
  });
  await other.close();
});

test('a change made elsewhere shows when the tab comes back into view', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const title = `Sync ${run} focus`;
  const id = await makeTask(api, title);
  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();

  await setVisibility(page, 'hidden');
  const changed = await api(`/rest/tasks/${id}`, {
    method: 'PATCH',
    body: { status: 'IN_PROGRESS' },
  });
  expect(changed.status).toBe(200);
  // Hidden, the tab reads nothing: the card is where it was.
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();

  await setVisibility(page, 'visible');
  await expect(column(page, 'In progress').getByRole('article', { name: title })).toBeVisible({
    timeout: 5_000,
  });
});

test("a return to the tab before the sync's code is in still shows a change made elsewhere", async ({
  page,
  gotoApp,
  api,
}) => {
  // The sync's code held back until the tab has been left and shown again: the race a quick
  // user (or a busy machine) meets right after the board opens.
  const sync = await holdChunk(page, 'tab-sync');
  const run = stamp();
  const title = `Sync ${run} early`;
  const id = await makeTask(api, title);
  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();
  await expect.poll(sync.asked, 'the board asks for the sync code').toBe(true);

  await setVisibility(page, 'hidden');
  const changed = await api(`/rest/tasks/${id}`, {
    method: 'PATCH',
    body: { status: 'IN_PROGRESS' },
  });
  expect(changed.status).toBe(200);
  await setVisibility(page, 'visible');
  sync.release();

  await expect(column(page, 'In progress').getByRole('article', { name: title })).toBeVisible({
    timeout: 5_000,
  });
});
