import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

// Review finding 1 (issue 12): a page whose code has not downloaded yet, opened while the
// network fails, shows the normal error inside the app's frame, with Retry, and recovers by
// itself or on Retry once the network is back; no blank page, no unstyled page.

/** Makes the requests for `pattern` fail as an offline network would, until the returned undo. */
async function failRequests(page: Page, pattern: RegExp): Promise<() => Promise<void>> {
  const abort = (route: Route) => route.abort('internetdisconnected');
  await page.route(pattern, abort);
  return () => page.unroute(pattern, abort);
}

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a page whose code fails to download shows Retry inside the app, and Retry loads it', async ({
  page,
  gotoApp,
}) => {
  const restore = await failRequests(page, /\/assets\/record-list-page-[^/]+\.js$/);
  await gotoApp('/tasks');

  await nav(page).getByRole('link', { name: 'People' }).click();
  const alert = main(page).getByRole('alert');
  await expect(
    main(page).getByRole('heading', { name: 'This page could not be shown' }),
  ).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The frame stays: the user can go anywhere else meanwhile.
  await expect(nav(page).getByRole('link', { name: 'Tasks' })).toBeVisible();

  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(main(page).getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(main(page).getByRole('alert')).toHaveCount(0);
});

test('a page that failed to download loads by itself when the browser is back online', async ({
  page,
  gotoApp,
}) => {
  const restore = await failRequests(page, /\/assets\/settings-page-[^/]+\.js$/);
  await gotoApp('/tasks');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(
    main(page).getByRole('heading', { name: 'This page could not be shown' }),
  ).toBeVisible();

  await restore();
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(main(page).getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('a task page whose stylesheet fails shows Retry, and Retry draws it styled', async ({
  page,
  gotoApp,
  api,
}) => {
  const { body } = await api<{ data: { tasks: { id: string; title: string }[] } }>(
    '/rest/tasks?limit=1&depth=0',
  );
  const task = body.data.tasks[0];
  if (!task) throw new Error('the demo data has no task');
  const stylesheet = /\/assets\/task-editor-page-[^/]+\.css$/;
  const restore = await failRequests(page, stylesheet);

  await gotoApp(`/tasks/${task.id}`);
  const alert = main(page).getByRole('alert');
  await expect(
    main(page).getByRole('heading', { name: 'This page could not be shown' }),
  ).toBeVisible();
  await expect(nav(page)).toBeVisible();

  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(main(page).getByRole('textbox', { name: 'Title' })).toHaveValue(task.title);
  // The page's stylesheet is in and applied, not skipped because its first link had failed.
  const applied = await page.evaluate(
    (source) =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(
        (link) => new RegExp(source).test(link.href) && link.sheet !== null,
      ),
    stylesheet.source,
  );
  expect(applied).toBe(true);
});
