import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// Bulk actions on the real stack: Dalil has no bulk update, so each task is its own request.
// With 30 % of the writes failing on purpose, the batch reports each failure, "Retry failed"
// sends only those, and the server ends with every task changed exactly once. Faults are reset
// after each test (fixtures.ts); every task a test makes is deleted after it.

type WireTarget = { id: string; taskId: string; companyId: string | null };
type WireTask = {
  id: string;
  title: string;
  status: string;
  updatedAt: string;
  taskTargets?: WireTarget[];
};

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

async function makeTasks(api: Api, run: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const title = `Bulk ${run} ${String(i).padStart(2, '0')}`;
    const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
      method: 'POST',
      body: { title, status: 'TODO' },
    });
    expect(created.status).toBe(201);
    ids.push(created.body.data.createTask.id);
  }
  made.push(...ids);
  return ids;
}

async function readTasks(api: Api, ids: readonly string[]): Promise<WireTask[]> {
  return Promise.all(
    ids.map(async (id) => {
      const { status, body } = await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}?depth=1`);
      expect(status, JSON.stringify(body)).toBe(200);
      return body.data.task;
    }),
  );
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const bar = (page: Page) => page.getByRole('toolbar', { name: /Actions on \d+ tasks? selected/ });

/** The board filtered to this run's tasks, every one selected with the bar's "Select all". */
async function selectAllOnBoard(
  page: Page,
  gotoApp: (path: string) => Promise<void>,
  run: string,
  count: number,
) {
  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  const todo = column(page, 'To do');
  await expect(todo.getByRole('heading', { name: `To do, ${count} tasks` })).toBeAttached();
  await todo
    .getByRole('checkbox', { name: /^Select Bulk/ })
    .first()
    .check();
  await expect(bar(page)).toBeVisible();
  await bar(page)
    .getByRole('button', { name: `Select all ${count}` })
    .click();
  await expect(bar(page).getByText(`${count} selected`)).toBeVisible();
}

test('a bulk status change of 40 tasks with 30 % of writes failing ends with each changed exactly once', async ({
  page,
  gotoApp,
  api,
  setFaults,
}) => {
  test.setTimeout(120_000);
  const run = stamp();
  const ids = await makeTasks(api, run, 40);
  await selectAllOnBoard(page, gotoApp, run, 40);

  // 3 of every 10 status writes fail before the server acts, 12 in all: a retry goes through.
  // A 4xx, because the http client itself re-sends a 5xx'd PATCH a few times (http.ts): this
  // stands for a write still failing after those.
  await setFaults([
    { method: 'PATCH', path: '/rest/tasks/*', rate: { fail: 3, of: 10 }, times: 12, status: 400 },
  ]);
  await bar(page).getByRole('button', { name: 'Status' }).click();
  await page.getByRole('menuitemradio', { name: 'In progress' }).click();

  const progress = page.getByRole('progressbar', { name: 'Moving to In progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '40', { timeout: 60_000 });
  await expect(progress).toHaveAttribute('aria-valuetext', '40 of 40');
  await expect(page.getByText('28 changed, 12 failed')).toBeVisible();
  const failures = page.getByRole('list', { name: 'Not changed' }).getByRole('listitem');
  await expect(failures).toHaveCount(12);
  await expect(failures.first()).toContainText(/Bulk .* \d\d/);
  await expect(page.getByRole('status').filter({ hasText: '12 failed' })).toBeAttached();

  const first = await readTasks(api, ids);
  const changed = first.filter((task) => task.status === 'IN_PROGRESS');
  expect(changed).toHaveLength(28);
  await shootLightAndDark(page, 'bulk-failed');
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Retry failed (12)' }).click();
  await expect(page.getByText('40 changed', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Not changed' })).toHaveCount(0);

  const after = await readTasks(api, ids);
  expect(after.every((task) => task.status === 'IN_PROGRESS')).toBe(true);
  // The 28 that worked the first time were not written again: their last change is the first.
  for (const task of changed) {
    expect(after.find((t) => t.id === task.id)?.updatedAt, task.title).toBe(task.updatedAt);
  }
  await expect(
    column(page, 'In progress').getByRole('heading', { name: 'In progress, 40 tasks' }),
  ).toBeAttached();

  // Undo from the toast puts every task back.
  await page
    .getByRole('alertdialog')
    .filter({ hasText: 'Moved 40 tasks to In progress' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect
    .poll(async () => (await readTasks(api, ids)).filter((t) => t.status === 'TODO').length, {
      timeout: 60_000,
    })
    .toBe(40);
});

test('a bulk link whose answers are lost makes no second relation on retry', async ({
  page,
  gotoApp,
  api,
  setFaults,
}) => {
  test.setTimeout(120_000);
  const run = stamp();
  const ids = await makeTasks(api, run, 10);
  const { body } = await api<{ data: { companies: { id: string; name: string }[] } }>(
    '/rest/companies?limit=1',
  );
  const company = body.data.companies[0]!;
  await selectAllOnBoard(page, gotoApp, run, 10);

  // The server makes the relation, then the answer is lost (a 4xx, which the http client does
  // not re-send by itself): "Retry failed" re-sends the same id, which the server refuses as
  // already existing, and that counts as done.
  await setFaults([
    {
      method: 'POST',
      path: '/rest/taskTargets',
      rate: { fail: 3, of: 10 },
      times: 3,
      after: true,
      status: 400,
    },
  ]);
  await bar(page).getByRole('button', { name: 'Link to…' }).click();
  const picker = page.getByRole('combobox', { name: /Link 10 tasks to/ });
  await picker.fill(company.name);
  await page
    .getByRole('option', { name: new RegExp(company.name) })
    .first()
    .click();
  await expect(page.getByText('7 changed, 3 failed')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Retry failed (3)' }).click();
  await expect(page.getByText('10 changed', { exact: true })).toBeVisible({ timeout: 60_000 });

  const tasks = await readTasks(api, ids);
  for (const task of tasks) {
    const links = (task.taskTargets ?? []).filter((t) => t.companyId === company.id);
    expect(links, task.title).toHaveLength(1);
  }
});

test('the keyboard selects (x, Shift+x, Escape); a bulk delete asks first and Undo brings the tasks back', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const ids = await makeTasks(api, run, 5);
  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  const todo = column(page, 'To do');
  const cards = todo.getByRole('article');
  await expect(cards).toHaveCount(5);
  const titles = await cards.evaluateAll((nodes) =>
    nodes.map((node) => node.querySelector('h3')?.textContent ?? ''),
  );

  // The first card's title has the focus; x selects it, j j moves down, Shift+x takes the range.
  const firstTitle = titles[0]!;
  await todo.getByRole('link', { name: firstTitle }).focus();
  await page.keyboard.press('x');
  await expect(todo.getByRole('checkbox', { name: `Select ${firstTitle}` })).toBeChecked();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+X');
  await expect(bar(page).getByText('3 selected')).toBeVisible();
  for (const title of titles.slice(0, 3)) {
    await expect(todo.getByRole('checkbox', { name: `Select ${title}` })).toBeChecked();
  }
  await expect(todo.getByRole('checkbox', { name: `Select ${titles[3]}` })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(todo.getByRole('checkbox', { checked: true })).toHaveCount(0);

  // Select the same three again and delete them, after a confirmation that says what Undo does.
  await todo.getByRole('checkbox', { name: `Select ${titles[0]}` }).check();
  await todo.getByRole('checkbox', { name: `Select ${titles[2]}` }).click({ modifiers: ['Shift'] });
  await expect(bar(page).getByText('3 selected')).toBeVisible();
  await bar(page).getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 3 tasks?' });
  await expect(confirm).toContainText('Undo');
  await confirm.getByRole('button', { name: 'Delete 3 tasks' }).click();
  await expect(page.getByText('3 changed', { exact: true })).toBeVisible();
  await expect(cards).toHaveCount(2);
  const byTitle = new Map(
    (await readTasksByTitle(api, run)).map((task) => [task.title, task.id] as const),
  );
  expect([...byTitle.keys()].sort()).toEqual(titles.slice(3).sort());

  await page
    .getByRole('alertdialog')
    .filter({ hasText: 'Deleted 3 tasks' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect.poll(async () => (await readTasksByTitle(api, run)).length).toBe(5);
  await expect(cards).toHaveCount(5);
  expect(ids).toHaveLength(5);
});

async function readTasksByTitle(api: Api, run: string): Promise<WireTask[]> {
  const filter = encodeURIComponent(`title[ilike]:%${run}%`);
  const { body } = await api<{ data: { tasks: WireTask[] } }>(`/rest/tasks?filter=${filter}`);
  return body.data.tasks;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a record page’s tasks are selected from the header box and changed from the bar', async ({
    page,
    gotoApp,
    api,
  }) => {
    const run = stamp();
    const ids = await makeTasks(api, run, 3);
    const person = await api<{ data: { createPerson: { id: string } } }>('/rest/people', {
      method: 'POST',
      body: { name: { firstName: 'Bulk', lastName: run } },
    });
    expect(person.status).toBe(201);
    const personId = person.body.data.createPerson.id;
    try {
      for (const taskId of ids) {
        const linked = await api('/rest/taskTargets', {
          method: 'POST',
          body: { taskId, personId },
        });
        expect(linked.status).toBe(201);
      }
      await gotoApp(`/people/${personId}`);
      const panel = page.getByRole('region', { name: 'Tasks' });
      await expect(panel.getByRole('link', { name: /^Bulk / })).toHaveCount(3);
      await panel.getByRole('checkbox', { name: `Select all tasks of Bulk ${run}` }).check();
      await expect(bar(page).getByText('3 selected')).toBeVisible();
      const box = await page.locator('[data-bulk-bar]').boundingBox();
      expect(box?.width).toBeLessThanOrEqual(390);
      await expectNoSeriousA11yViolations(page);
      await shootLightAndDark(page, 'bulk-phone-record');

      await bar(page).getByRole('button', { name: 'Status' }).click();
      await page.getByRole('menuitemradio', { name: 'Done' }).click();
      await expect(page.getByText('3 changed', { exact: true })).toBeVisible();
      await expect
        .poll(async () => (await readTasks(api, ids)).every((task) => task.status === 'DONE'))
        .toBe(true);
      await expect(panel.getByRole('group', { name: /Done/ }).getByRole('listitem')).toHaveCount(3);
    } finally {
      await api(`/rest/people/${personId}`, { method: 'DELETE' });
    }
  });
});

test('rows selected in the list view go to Done together from the command palette', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const ids = await makeTasks(api, run, 3);
  await gotoApp(`/tasks?view=list&q=${encodeURIComponent(run)}`);
  const boxes = page.getByRole('checkbox', { name: /^Select Bulk/ });
  await expect(boxes).toHaveCount(3);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(bar(page).getByText('2 selected')).toBeVisible();

  // The palette acts on the selection (not on the focused row), as one batch with the bar's
  // progress and Undo.
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByText('Selected: 2 tasks')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await palette.getByRole('menuitem', { name: 'Move to Done' }).click();

  const statuses = async () =>
    (await readTasks(api, ids)).map((task) => task.status).sort((a, b) => a.localeCompare(b));
  await expect.poll(statuses).toEqual(['DONE', 'DONE', 'TODO']);
});
