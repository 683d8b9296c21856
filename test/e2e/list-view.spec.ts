import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// The list view on the real stack: the board's filters and a switch to the list keep the URL;
// tasks show in their due-date groups; a status and a due date change in place and reach the
// server; the user picks who they are once and My tasks follows; the nav badge counts overdue
// open tasks as the server does. Every task made here is deleted after the test.

type WireMember = { id: string; name: { firstName: string; lastName: string } };
type WireTask = {
  id: string;
  status: string | null;
  dueAt: string | null;
  assigneeId: string | null;
};

async function makeTask(api: Api, body: Record<string, unknown>): Promise<string> {
  const { status, body: answer } = await api<{ data: { createTask: { id: string } } }>(
    '/rest/tasks',
    { method: 'POST', body: { status: 'TODO', ...body } },
  );
  expect(status).toBe(201);
  return answer.data.createTask.id;
}

async function readTask(api: Api, id: string): Promise<WireTask> {
  const { status, body } = await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}`);
  expect(status).toBe(200);
  return body.data.task;
}

async function member(api: Api): Promise<{ id: string; name: string }> {
  const { body } = await api<{ data: { workspaceMembers: WireMember[] } }>(
    '/rest/workspaceMembers?limit=1&order_by=createdAt',
  );
  const first = body.data.workspaceMembers[0];
  if (!first) throw new Error('the demo workspace has no member');
  return { id: first.id, name: `${first.name.firstName} ${first.name.lastName}` };
}

/** The server's count of open overdue tasks, as the badge should show it. */
async function overdueOnServer(api: Api): Promise<number> {
  const filter = `and(dueAt[lt]:"${new Date().toISOString()}",or(status[neq]:DONE,status[is]:NULL))`;
  const { body } = await api<{ totalCount: number }>(
    `/rest/tasks?limit=1&filter=${encodeURIComponent(filter)}`,
  );
  return body.totalCount;
}

const group = (page: Page, name: string) =>
  page.locator('section[data-group]').filter({ has: page.getByRole('heading', { name }) });
const groupToggle = (page: Page, name: RegExp) =>
  page.getByRole('button', { name, exact: false }).and(page.locator('[data-group-focus]'));
const row = (page: Page, title: string) =>
  page.locator('[data-task-row]').filter({ hasText: title });

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

test('the list groups tasks by due date, edits them in place, and keeps the filters', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = `List ${Date.now()}`;
  const ids: string[] = [];
  try {
    ids.push(await makeTask(api, { title: `${run} late`, dueAt: hoursFromNow(-50) }));
    ids.push(await makeTask(api, { title: `${run} undated` }));
    ids.push(await makeTask(api, { title: `${run} far`, dueAt: hoursFromNow(24 * 40) }));
    const [late, undated] = ids as [string, string, string];

    // The board with a search, then the switch to the list: the search stays in the URL.
    await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
    await page
      .getByRole('navigation', { name: 'View' })
      .getByRole('link', { name: 'List' })
      .click();
    await expect(page).toHaveURL(/view=list/);
    await expect(page).toHaveURL(
      new RegExp(`q=${encodeURIComponent(run).replace(/%20/g, '(%20|\\+)')}`),
    );
    await expect(page.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue(run);

    await expect(group(page, 'Overdue').getByText(`${run} late`)).toBeVisible();
    await expect(group(page, 'No date').getByText(`${run} undated`)).toBeVisible();
    await expect(group(page, 'Later').getByText(`${run} far`)).toBeVisible();
    await expect(group(page, 'Today')).toContainText('Nothing due today.');
    // Done is closed until opened.
    await expect(groupToggle(page, /^Done/)).toHaveAttribute('aria-expanded', 'false');
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousA11yViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await shootLightAndDark(page, 'list-view');

    // Status in place, from the keyboard: j to the first row, s for its status menu; the late
    // task goes to Done, and the server has it.
    await page
      .getByRole('navigation', { name: 'View' })
      .getByRole('link', { name: 'List' })
      .focus();
    await page.keyboard.press('j');
    await expect(row(page, `${run} late`).getByRole('link', { name: `${run} late` })).toBeFocused();
    await page.keyboard.press('s');
    await page.getByRole('menuitemradio', { name: 'Done' }).click();
    await expect(group(page, 'Overdue').getByText(`${run} late`)).toHaveCount(0);
    await expect.poll(async () => (await readTask(api, late)).status).toBe('DONE');
    await groupToggle(page, /^Done/).click();
    await expect(group(page, 'Done').getByText(`${run} late`)).toBeVisible();

    // Due date in place: the undated task is due tomorrow, in its group and on the server.
    await row(page, `${run} undated`)
      .getByRole('button', { name: /Change due date/ })
      .click();
    const due = page.getByRole('dialog', { name: `Due date of ${run} undated` });
    await due.getByRole('button', { name: 'Tomorrow' }).click();
    await expect(group(page, 'Tomorrow').getByText(`${run} undated`)).toBeVisible();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    await expect
      .poll(async () => {
        const dueAt = (await readTask(api, undated)).dueAt;
        return dueAt ? new Date(dueAt).toDateString() : null;
      })
      .toBe(tomorrow.toDateString());

    // The list survives a reload with its filters (the view is in the URL).
    await page.reload();
    await expect(group(page, 'Tomorrow').getByText(`${run} undated`)).toBeVisible();
  } finally {
    for (const id of ids) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});

test('the user picks who they are once, and My tasks and the Mine filter follow', async ({
  page,
  gotoApp,
  api,
}) => {
  const me = await member(api);
  const run = `Mine ${Date.now()}`;
  const ids: string[] = [];
  try {
    ids.push(
      await makeTask(api, { title: `${run} mine`, assigneeId: me.id, dueAt: hoursFromNow(-30) }),
    );
    ids.push(await makeTask(api, { title: `${run} not mine`, dueAt: hoursFromNow(-30) }));

    await gotoApp('/tasks');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Mine' })
      .click();
    await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const picker = page.getByRole('combobox', { name: 'Your name' });
    await picker.fill(me.name.split(' ')[0]!);
    await page
      .getByRole('option', { name: new RegExp(me.name) })
      .first()
      .click();

    await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
    await expect(page.getByText(`Assigned to ${me.name}, by due date.`)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill(run);
    await expect(group(page, 'Overdue').getByText(`${run} mine`)).toBeVisible();
    await expect(page.getByText(`${run} not mine`)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await shootLightAndDark(page, 'my-tasks');

    // Remembered: a reload still knows who the user is, and it can be changed from here.
    await page.reload();
    await expect(page.getByText(`Assigned to ${me.name}, by due date.`)).toBeVisible();
    await page.getByRole('button', { name: `Not ${me.name}? Change who you are` }).click();
    const change = page.getByRole('dialog', { name: 'Who are you?' });
    await expect(change.getByRole('combobox', { name: 'You are' })).toHaveValue(me.name);
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(change).toBeHidden();

    // The Mine filter on the board's list view is assignee = me, in the URL.
    await gotoApp(`/tasks?view=list&q=${encodeURIComponent(run)}`);
    await expect(page.getByText(`${run} not mine`)).toBeVisible();
    await page.getByRole('button', { name: 'Mine', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`assignee=${me.id}`));
    await expect(page.getByText(`${run} not mine`)).toHaveCount(0);
    await expect(group(page, 'Overdue').getByText(`${run} mine`)).toBeVisible();

    // Settings shows who the user is.
    await gotoApp('/settings');
    await expect(page.getByRole('combobox', { name: 'You are' })).toHaveValue(me.name);
  } finally {
    for (const id of ids) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});

test('the nav badge counts overdue open tasks, as the server does', async ({
  page,
  gotoApp,
  api,
}) => {
  await gotoApp('/tasks');
  const tasks = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Tasks', exact: true });
  const badge = page.getByTestId('overdue-badge');
  const expected = await overdueOnServer(api);
  expect(expected).toBeGreaterThan(0);
  await expect(badge).toHaveText(expected > 99 ? '99+' : String(expected), { useInnerText: true });
  await expect(tasks).toHaveAccessibleDescription(
    expected > 99 ? 'More than 99 overdue' : `${expected} overdue`,
  );

  // One more overdue task, made elsewhere: the badge follows when the task queries are read
  // again after a change made here (a status change in the list), with no reload.
  const title = `Badge ${Date.now()}`;
  const id = await makeTask(api, { title, dueAt: hoursFromNow(-5) });
  try {
    await page
      .getByRole('navigation', { name: 'View' })
      .getByRole('link', { name: 'List' })
      .click();
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill(title);
    await row(page, title)
      .getByRole('button', { name: /Change status/ })
      .click();
    await page.getByRole('menuitemradio', { name: 'In progress' }).click();
    await expect.poll(async () => (await readTask(api, id)).status).toBe('IN_PROGRESS');
    await expect(tasks).toHaveAccessibleDescription(`${expected + 1} overdue`);
  } finally {
    await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the list reads at 390px and passes an accessibility scan', async ({
    page,
    gotoApp,
    api,
  }) => {
    const run = `Phone ${Date.now()}`;
    const id = await makeTask(api, {
      title: `${run} a long title that has to wrap on a phone`,
      dueAt: hoursFromNow(-3),
    });
    try {
      await gotoApp(`/tasks?view=list&q=${encodeURIComponent(run)}`);
      const first = row(page, run);
      await expect(first).toBeVisible();
      // Nothing sideways: the page is no wider than the screen.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await expect(first.getByRole('button', { name: /Change status/ })).toBeVisible();
      await expect(first.getByRole('button', { name: /Change due date/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await shootLightAndDark(page, 'list-view-phone');
    } finally {
      await api(`/rest/tasks/${id}`, { method: 'DELETE' });
    }
  });
});
