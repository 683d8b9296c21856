import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type Api } from './fixtures';

// The task editor on the real stack: opened from the board it is a panel over the board, and
// the same URL reloaded is a page; its relations change through the REST API as the user
// changes them; a deleted task leaves every record page it was on. Each test makes its own
// tasks (titles carry a run stamp) and deletes what it made, so the shared demo data is as
// the other tests expect it.

const screenshot = (name: string) =>
  join(test.info().project.outputDir, 'screenshots', `${name}.png`);

type WirePerson = { id: string; name: { firstName: string; lastName: string } };
type WireNamed = { id: string; name: string };
type WireTarget = {
  id: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};
type WireTask = {
  id: string;
  title: string;
  dueAt?: string | null;
  taskTargets?: WireTarget[];
};

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const personName = (p: WirePerson) => `${p.name.firstName} ${p.name.lastName}`;

/**
 * Records of one kind whose names no other record of any kind has, so a search by name and a
 * click on the option with that name can only pick them.
 */
async function uniquelyNamed<T extends { id: string }>(
  api: Api,
  plural: string,
  nameOf: (record: T) => string,
  count: number,
): Promise<T[]> {
  const names = new Map<string, number>();
  const lists: Record<string, { id: string }[]> = {};
  for (const kind of ['people', 'companies', 'opportunities']) {
    const { status, body } = await api<{ data: Record<string, { id: string }[]> }>(
      `/rest/${kind}?limit=200`,
    );
    expect(status).toBe(200);
    lists[kind] = Object.values(body.data)[0] ?? [];
  }
  const label = (kind: string, record: { id: string }) =>
    kind === 'people' ? personName(record as WirePerson) : (record as WireNamed).name;
  for (const [kind, records] of Object.entries(lists)) {
    for (const record of records)
      names.set(label(kind, record), (names.get(label(kind, record)) ?? 0) + 1);
  }
  const found = (lists[plural] as T[]).filter((record) => names.get(nameOf(record)) === 1);
  if (found.length < count) throw new Error(`not enough uniquely named ${plural} in the demo data`);
  return found.slice(0, count);
}

const people = (api: Api, count: number) =>
  uniquelyNamed<WirePerson>(api, 'people', personName, count);
const named = (api: Api, plural: 'companies' | 'opportunities') =>
  uniquelyNamed<WireNamed>(api, plural, (r) => r.name, 1);

/** A task made through the REST API, linked to the given records; returns its id. */
async function makeTask(
  api: Api,
  title: string,
  targets: Partial<Omit<WireTarget, 'id'>>[] = [],
): Promise<string> {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.createTask.id;
  for (const target of targets) {
    const linked = await api('/rest/taskTargets', {
      method: 'POST',
      body: { taskId: id, ...target },
    });
    expect(linked.status).toBe(201);
  }
  return id;
}

async function readTask(api: Api, id: string) {
  return api<{ data: { task: WireTask } }>(`/rest/tasks/${id}?depth=1`);
}

const made: string[] = [];
test.afterEach(async ({ api }) => {
  // Whatever a test made goes, even when it failed halfway.
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('opened from the board it is a panel; an edited title shows on the card; a reload is a page', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const [person] = await people(api, 1);
  const id = await makeTask(api, `Editor ${run} first`, [{ personId: person!.id }]);
  made.push(id);

  await gotoApp(`/tasks?q=${encodeURIComponent(`Editor ${run}`)}`);
  const card = page.getByRole('article', { name: `Editor ${run} first` });
  await card.getByRole('link', { name: `Editor ${run} first` }).click();

  await expect(page.getByRole('dialog', { name: `Editor ${run} first` })).toBeVisible();
  // Named by the task's title, which is about to change.
  const panel = page.getByRole('dialog');
  await expect(page).toHaveURL(new RegExp(`/tasks/${id}$`));
  // The board is still there underneath.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tasks', includeHidden: true }),
  ).toBeAttached();

  const title = panel.getByRole('textbox', { name: 'Title' });
  await title.fill(`Editor ${run} renamed`);
  await title.press('Enter');
  await expect(
    page.getByRole('article', { name: `Editor ${run} renamed`, includeHidden: true }),
  ).toBeAttached();
  await expect
    .poll(async () => (await readTask(api, id)).body.data.task.title)
    .toBe(`Editor ${run} renamed`);

  await panel.getByRole('combobox', { name: 'Status' }).selectOption('IN_PROGRESS');
  await panel.getByRole('button', { name: 'Add description' }).click();
  await panel
    .getByRole('textbox', { name: 'Description' })
    .fill('Call before **Friday**.\n\n- confirm the budget\n- <b>not bold</b>');
  await title.click();
  await expect(panel.getByText('Friday', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
  await expect(panel.getByRole('link', { name: personName(person!) })).toBeVisible();
  await settled(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenshot('task-editor-panel') });

  // Escape (with nothing being edited) closes the panel, back to the board as it was.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/\/tasks\?q=/);
  await expect(
    page.getByRole('region', { name: 'In progress', exact: true }).getByRole('article', {
      name: `Editor ${run} renamed`,
    }),
  ).toBeVisible();

  await page.goForward();
  await expect(page.getByRole('dialog', { name: `Editor ${run} renamed` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 1, name: `Editor ${run} renamed` }),
  ).toBeAttached();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`Editor ${run} renamed`);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('IN_PROGRESS');
  await expect(page.getByText('<b>not bold</b>')).toBeVisible();
  await settled(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: screenshot('task-editor-page'), fullPage: true });
  // Loaded dark from the start: switching mid-page would catch the colours mid-transition.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(`Editor ${run} renamed`);
  await settled(page);
  await page.screenshot({ path: screenshot('task-editor-page-dark'), fullPage: true });
});

test('a quick pick in the editor saves a due date the card shows', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const id = await makeTask(api, `Due ${run}`);
  made.push(id);

  await gotoApp(`/tasks?q=${encodeURIComponent(`Due ${run}`)}`);
  const card = page.getByRole('article', { name: `Due ${run}` });
  await expect(card).toContainText('No due date');
  await card.getByRole('link', { name: `Due ${run}` }).click();
  const panel = page.getByRole('dialog', { name: `Due ${run}` });
  await panel
    .getByRole('group', { name: 'Quick picks' })
    .getByRole('button', { name: 'Tomorrow' })
    .click();
  await expect(panel.getByRole('button', { name: 'Tomorrow' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const now = new Date();
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  await expect
    .poll(async () => {
      const dueAt = (await readTask(api, id)).body.data.task.dueAt;
      return dueAt ? new Date(dueAt).getTime() : null;
    })
    .toBe(tomorrow.getTime());
  await settled(page);
  await page.screenshot({ path: screenshot('task-editor-due-picked') });

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(card.locator('time')).toHaveText('Tomorrow');
});

test("changing a task's relations in the editor changes them on the server", async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const [ada, grace] = await people(api, 2);
  const [company] = await named(api, 'companies');
  const [opportunity] = await named(api, 'opportunities');
  const id = await makeTask(api, `Relations ${run}`, [
    { personId: ada!.id },
    { opportunityId: opportunity!.id },
  ]);
  made.push(id);
  const before = (await readTask(api, id)).body.data.task.taskTargets ?? [];
  const personRelation = before.find((t) => t.personId === ada!.id)!;

  // Opened from the first person's page, as a panel over it.
  await gotoApp(`/people/${ada!.id}`);
  await page
    .getByRole('region', { name: /^Tasks/ })
    .getByRole('link', { name: `Relations ${run}` })
    .click();
  const panel = page.getByRole('dialog', { name: `Relations ${run}` });
  const relations = panel.getByRole('list', { name: /Linked records/ });
  await expect(relations.getByRole('link', { name: personName(ada!) })).toBeVisible();

  // Add the company.
  await panel.getByRole('combobox', { name: 'Link to' }).fill(company!.name);
  await page.getByRole('option', { name: company!.name, exact: true }).first().click();
  await expect(relations.getByRole('link', { name: company!.name })).toBeVisible();

  // Point the person relation at another person.
  await panel.getByRole('button', { name: `Change ${personName(ada!)}` }).click();
  await panel
    .getByRole('combobox', { name: `Replace ${personName(ada!)} with` })
    .fill(personName(grace!));
  await page
    .getByRole('option', { name: personName(grace!), exact: true })
    .first()
    .click();
  await expect(relations.getByRole('link', { name: personName(grace!) })).toBeVisible();

  // Remove the opportunity.
  await panel.getByRole('button', { name: `Remove ${opportunity!.name}` }).click();
  await expect(relations.getByRole('link', { name: opportunity!.name })).toHaveCount(0);

  // The same relation now points at the other person; one new relation; the opportunity's gone.
  await expect
    .poll(async () => (await readTask(api, id)).body.data.task.taskTargets ?? [])
    .toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: personRelation.id,
          personId: grace!.id,
          companyId: null,
          opportunityId: null,
        }),
        expect.objectContaining({ personId: null, companyId: company!.id, opportunityId: null }),
      ]),
    );
  expect((await readTask(api, id)).body.data.task.taskTargets).toHaveLength(2);

  // The page behind it no longer lists the task: it now belongs to the other person.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(
    page.getByRole('region', { name: /^Tasks/ }).getByRole('link', { name: `Relations ${run}` }),
  ).toHaveCount(0);
});

test('a deleted task is gone from every record page it was linked to', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const [person] = await people(api, 1);
  const [company] = await named(api, 'companies');
  const id = await makeTask(api, `Delete me ${run}`, [
    { personId: person!.id },
    { companyId: company!.id },
  ]);
  made.push(id);

  await gotoApp(`/companies/${company!.id}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  await expect(tasks.getByRole('link', { name: `Delete me ${run}` })).toBeVisible();

  await gotoApp(`/people/${person!.id}`);
  await tasks.getByRole('link', { name: `Delete me ${run}` }).click();
  const panel = page.getByRole('dialog', { name: `Delete me ${run}` });
  await panel.getByRole('button', { name: 'Delete task' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete task?' });
  await expect(confirm).toContainText('Its links to 2 records go too.');
  await confirm.getByRole('button', { name: 'Delete task' }).click();

  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/people/${person!.id}$`));
  await expect(tasks.getByRole('link', { name: `Delete me ${run}` })).toHaveCount(0);
  expect((await readTask(api, id)).status).toBe(404);

  // To the company's page within the app (no reload): the task is gone there too.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Companies' })
    .click();
  await page.getByRole('searchbox').fill(company!.name);
  await page.locator(`a[href="/companies/${company!.id}"]`).first().click();
  await expect(page.getByRole('heading', { level: 1, name: company!.name })).toBeVisible();
  await settled(page);
  await expect(tasks.getByRole('link', { name: `Delete me ${run}` })).toHaveCount(0);
});

test('? lists the shortcuts; / goes to the search field', async ({ page, gotoApp }) => {
  await gotoApp('/tasks');
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('New task');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search tasks' })).toBeFocused();
});

test('link an existing task from a record page', async ({ page, gotoApp, api }) => {
  const run = stamp();
  const [person] = await people(api, 1);
  const id = await makeTask(api, `Existing ${run}`);
  made.push(id);

  await gotoApp(`/people/${person!.id}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  await tasks.getByRole('button', { name: 'Link existing task' }).click();
  await page.getByRole('combobox', { name: 'Link existing task' }).fill(`Existing ${run}`);
  const option = page.getByRole('option', { name: new RegExp(`Existing ${run}`) });
  await expect(option).toBeVisible();
  await page.screenshot({ path: screenshot('link-existing-task') });
  await option.click();

  await expect(tasks.getByRole('link', { name: `Existing ${run}` })).toBeVisible();
  const targets = (await readTask(api, id)).body.data.task.taskTargets ?? [];
  expect(targets).toEqual([expect.objectContaining({ personId: person!.id })]);
});

test('on a phone the editor panel takes the whole screen', async ({ page, gotoApp, api }) => {
  const run = stamp();
  const [person] = await people(api, 1);
  const id = await makeTask(api, `Phone ${run}`, [{ personId: person!.id }]);
  made.push(id);
  // A time with its AM/PM, the widest a time field gets.
  const dueAt = new Date();
  dueAt.setHours(23, 0, 0, 0);
  await api(`/rest/tasks/${id}`, { method: 'PATCH', body: { dueAt: dueAt.toISOString() } });
  await page.setViewportSize({ width: 375, height: 812 });

  await gotoApp(`/people/${person!.id}`);
  await page
    .getByRole('region', { name: /^Tasks/ })
    .getByRole('link', { name: `Phone ${run}` })
    .click();
  const panel = page.getByRole('dialog', { name: `Phone ${run}` });
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue(`Phone ${run}`);
  // Polled: the sheet slides in.
  await expect.poll(async () => (await panel.boundingBox())?.x).toBeLessThanOrEqual(0.5);
  expect((await panel.boundingBox())?.width).toBeGreaterThanOrEqual(374.5);
  // The due time shows whole ("11:00 PM", not "11:00 P"): its field is as wide as its text.
  const time = panel.getByLabel('Due time (optional)');
  await expect(time).toHaveValue('23:00');
  const fits = await time.evaluate((input) => input.scrollWidth <= input.clientWidth);
  expect(fits).toBe(true);
  const box = await time.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
  await settled(page);
  await page.screenshot({ path: screenshot('task-editor-phone') });
});
