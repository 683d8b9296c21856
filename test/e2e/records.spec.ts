import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// The record pages on the real stack: open a person from the list and see their tasks,
// complete a task there and find it under Done on the board, unlink a task on a company page
// and take it back with Undo. Data is picked from the demo database at run time, since other
// browser tests share it.

const SCREENSHOT_DIR = 'test-results/screenshots';

type WireTask = { id: string; title: string; status: string | null };
type WireTarget = {
  id: string;
  taskId: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};
type WireDetail = { id: string; taskTargets: WireTarget[] };

async function allTasks(api: Api): Promise<WireTask[]> {
  const { status, body } = await api<{ data: { tasks: WireTask[] } }>('/rest/tasks?limit=200');
  expect(status).toBe(200);
  return body.data.tasks;
}

async function detail(api: Api, plural: 'people' | 'companies', id: string): Promise<WireDetail> {
  const { status, body } = await api<{ data: Record<string, WireDetail> }>(
    `/rest/${plural}/${id}?depth=1`,
  );
  expect(status).toBe(200);
  return Object.values(body.data)[0]!;
}

/**
 * A record of `field`'s kind with at least `min` tasks, one of which has a title no other task
 * has (so the board and the page can be searched by it) and, if asked, the given status.
 */
async function pickRecord(
  api: Api,
  field: 'personId' | 'companyId',
  options: { status?: string; min?: number } = {},
) {
  const tasks = await allTasks(api);
  const titleCount = new Map<string, number>();
  for (const t of tasks) titleCount.set(t.title, (titleCount.get(t.title) ?? 0) + 1);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const { body } = await api<{ data: { taskTargets: WireTarget[] } }>(
    '/rest/taskTargets?limit=200&depth=0&order_by=createdAt[AscNullsFirst]',
  );
  const byRecord = new Map<string, WireTarget[]>();
  for (const target of body.data.taskTargets) {
    const recordId = target[field];
    if (recordId) byRecord.set(recordId, [...(byRecord.get(recordId) ?? []), target]);
  }
  for (const [recordId, targets] of byRecord) {
    if (targets.length < (options.min ?? 1)) continue;
    const target = targets.find((t) => {
      const task = byId.get(t.taskId);
      return (
        task &&
        titleCount.get(task.title) === 1 &&
        (options.status === undefined || task.status === options.status)
      );
    });
    if (target) {
      const taskTitles = targets.map((t) => byId.get(t.taskId)?.title ?? '');
      return { recordId, target, task: byId.get(target.taskId)!, taskTitles };
    }
  }
  throw new Error(`no record with a suitable task in the demo data (${field})`);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('open a person from the people list and see their tasks', async ({ page, gotoApp, api }) => {
  const { recordId, taskTitles } = await pickRecord(api, 'personId', { min: 3 });
  await gotoApp('/people');
  await expect(page.getByRole('table', { name: 'People' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.locator(`a[href="/people/${recordId}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/people/${recordId}$`));
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  for (const title of taskTitles) {
    await expect(tasks.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
  }
  await expect(tasks.getByRole('group', { name: /^To do/ })).toBeVisible();
  await expect(tasks.getByRole('group', { name: /^Done/ })).toBeVisible();

  await settle(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/person.png`, fullPage: true });
});

test('complete a task on a person page and find it under Done on the board', async ({
  page,
  gotoApp,
  api,
}) => {
  const { recordId, task } = await pickRecord(api, 'personId', { status: 'TODO' });
  await gotoApp(`/people/${recordId}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });

  await tasks.getByRole('checkbox', { name: `Complete ${task.title}`, exact: true }).check();
  const done = tasks.getByRole('group', { name: /^Done/ });
  await expect(done.getByRole('link', { name: task.title, exact: true })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await api<{ data: { task: WireTask } }>(`/rest/tasks/${task.id}`)).body.data.task.status,
    )
    .toBe('DONE');

  // The board, filtered to this title: the card sits in the Done column.
  await page.goto(`/tasks?q=${encodeURIComponent(task.title)}`);
  const doneColumn = page.getByRole('region', { name: 'Done' });
  await expect(doneColumn.getByRole('article', { name: task.title })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'To do' }).getByRole('article', { name: task.title }),
  ).toHaveCount(0);
});

test('unlink a task on a company page, then Undo', async ({ page, gotoApp, api }) => {
  const { recordId, task } = await pickRecord(api, 'companyId', { min: 3 });
  await gotoApp(`/companies/${recordId}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  const link = tasks.getByRole('link', { name: task.title, exact: true });
  await expect(link).toBeVisible();

  await tasks.getByRole('button', { name: `Unlink ${task.title}`, exact: true }).click();
  await expect(link).toHaveCount(0);
  const notifications = page.getByRole('region', { name: /^Notifications/ });
  await expect(notifications.getByText(`Unlinked “${task.title}”`)).toBeVisible();
  await expect
    .poll(async () =>
      (await detail(api, 'companies', recordId)).taskTargets.some((t) => t.taskId === task.id),
    )
    .toBe(false);
  // The task itself is kept.
  expect((await api(`/rest/tasks/${task.id}`)).status).toBe(200);

  await notifications.getByRole('button', { name: 'Undo' }).click();
  await expect(link).toBeVisible();
  await expect
    .poll(async () =>
      (await detail(api, 'companies', recordId)).taskTargets.some((t) => t.taskId === task.id),
    )
    .toBe(true);
  // Still there after a reload: the server has the relation again.
  await page.reload();
  await expect(tasks.getByRole('link', { name: task.title, exact: true })).toBeVisible();
});

test('a company page shows the tasks of its people and opportunities on request', async ({
  page,
  gotoApp,
  api,
}) => {
  const { recordId } = await pickRecord(api, 'companyId', { min: 3 });
  await gotoApp(`/companies/${recordId}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  await expect(tasks.getByRole('group', { name: /^To do/ })).toBeVisible();
  await expect(tasks.getByText(/^via /)).toHaveCount(0);

  await tasks.getByRole('checkbox', { name: 'Include tasks of people and opportunities' }).check();
  await expect(tasks.getByText(/^via /).first()).toBeVisible();
  await settle(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/company.png`, fullPage: true });
});

test('an unknown or malformed record id says so and leads back to the list', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/people/00000000-0000-4000-8000-000000000000');
  await expect(
    page.getByRole('heading', { level: 1, name: "We couldn't find this person" }),
  ).toBeVisible();
  await gotoApp('/companies/not-an-id');
  await expect(
    page.getByRole('heading', { level: 1, name: "We couldn't find this company" }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to companies' }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole('table', { name: 'Companies' })).toBeVisible();
});

test('select a range of companies with Shift, then all of them with the header box', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/companies');
  const table = page.getByRole('table', { name: 'Companies' });
  const rowBoxes = table.locator('tbody').getByRole('checkbox');
  const selectAll = table.getByRole('checkbox', { name: 'Select all companies' });
  const selectedAction = page.getByRole('button', { name: /^New task for \d+ selected/ });
  await expect(rowBoxes.nth(5)).toBeVisible();

  await rowBoxes.nth(1).check();
  await rowBoxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(selectedAction).toHaveAccessibleName(/^New task for 3 selected/);
  for (const i of [1, 2, 3]) await expect(rowBoxes.nth(i)).toBeChecked();
  await expect(rowBoxes.nth(0)).not.toBeChecked();
  await expect(selectAll).toBeChecked({ indeterminate: true });

  // From the keyboard, the same range grows from the last row toggled.
  await rowBoxes.nth(5).focus();
  await page.keyboard.press('Shift+Space');
  await expect(selectedAction).toHaveAccessibleName(/^New task for 5 selected/);
  await expect(rowBoxes.nth(4)).toBeChecked();

  await settle(page);
  await expectNoSeriousA11yViolations(page);
  await shootLightAndDark(page, 'companies-partial-selection');

  // A mixed header box selects every row shown; a full one clears them.
  await selectAll.click();
  await expect(selectAll).toBeChecked();
  const shown = await rowBoxes.count();
  await expect(selectedAction).toHaveAccessibleName(new RegExp(`^New task for ${shown} selected`));
  await selectAll.click();
  await expect(selectAll).not.toBeChecked();
  await expect(selectedAction).toHaveCount(0);
});
