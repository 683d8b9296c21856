import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type Api } from './fixtures';

// The link dialog on the real stack: create a task and link it in one gesture, from the board
// and from a record page, and recover from a failed link without making a duplicate. Titles
// carry a run stamp, so the shared demo database never confuses one run with another.

const screenshot = (name: string) =>
  join(test.info().project.outputDir, 'screenshots', `${name}.png`);

type WirePerson = { id: string; name: { firstName: string; lastName: string } };
type WireNamed = { id: string; name: string };
type WireTarget = {
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};
type WireTask = { id: string; title: string; taskTargets?: WireTarget[] };

async function first<T>(api: Api, plural: string, query = ''): Promise<T> {
  const { status, body } = await api<{ data: Record<string, T[]> }>(
    `/rest/${plural}?limit=5${query}`,
  );
  expect(status).toBe(200);
  const item = Object.values(body.data)[0]?.[0];
  if (!item) throw new Error(`no ${plural} in the demo data`);
  return item;
}

async function tasksTitled(api: Api, title: string): Promise<WireTask[]> {
  const filter = encodeURIComponent(`title[eq]:"${title}"`);
  const { status, body } = await api<{ data: { tasks: WireTask[] } }>(
    `/rest/tasks?depth=1&filter=${filter}`,
  );
  expect(status).toBe(200);
  return body.data.tasks;
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function openDialog(page: Page, from: Page | Locator = page): Promise<Locator> {
  await from.getByRole('button', { name: 'New task', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types into "Link to" and picks the option with exactly this name. */
async function link(page: Page, dialog: Locator, search: string, name: string) {
  await dialog.getByRole('combobox', { name: 'Link to' }).fill(search);
  await page.getByRole('option', { name, exact: true }).first().click();
  await expect(dialog.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
}

const tasksPanel = (page: Page) => page.getByRole('region', { name: 'Tasks' });

test('from the board: a task linked to a person and a company shows up everywhere', async ({
  page,
  gotoApp,
  api,
}) => {
  const person = await first<WirePerson>(api, 'people');
  const company = await first<WireNamed>(api, 'companies');
  const personName = `${person.name.firstName} ${person.name.lastName}`;
  const title = `Send the proposal ${stamp()}`;

  // The board already searches for the title, so the card can only appear by itself.
  await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
  const dialog = await openDialog(page);
  await dialog.getByRole('textbox', { name: /title/i }).fill(title);
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Attach the **signed** NDA.');
  await dialog.getByRole('button', { name: 'Tomorrow' }).click();
  await link(page, dialog, personName, personName);
  await link(page, dialog, company.name, company.name);
  await expectNoSeriousA11yViolations(page);
  await dialog.screenshot({ path: screenshot('link-dialog') });

  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Task created', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: title })).toBeVisible();

  await gotoApp(`/people/${person.id}`);
  await expect(tasksPanel(page).getByText(title)).toBeVisible();
  await gotoApp(`/companies/${company.id}`);
  await expect(tasksPanel(page).getByText(title)).toBeVisible();

  const [task, ...others] = await tasksTitled(api, title);
  expect(others).toEqual([]);
  expect(task?.taskTargets).toHaveLength(2);
});

test('from an opportunity page: the new task is already linked to it', async ({
  page,
  gotoApp,
  api,
}) => {
  const opportunity = await first<WireNamed>(api, 'opportunities');
  const title = `Book the kickoff ${stamp()}`;
  await gotoApp(`/opportunities/${opportunity.id}`);
  const panel = tasksPanel(page);
  const dialog = await openDialog(page, panel);
  await expect(dialog.getByRole('button', { name: `Remove ${opportunity.name}` })).toBeVisible();
  await dialog.getByRole('textbox', { name: /title/i }).fill(title);
  await dialog.getByRole('textbox', { name: /title/i }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.getByText(title)).toBeVisible();

  const [task] = await tasksTitled(api, title);
  expect(task?.taskTargets?.map((t) => t.opportunityId)).toEqual([opportunity.id]);
});

test('a failed link is retried from the dialog: one task, both relations', async ({
  page,
  gotoApp,
  api,
  setFaults,
}) => {
  const person = await first<WirePerson>(api, 'people', '&order_by=createdAt[DescNullsLast]');
  const company = await first<WireNamed>(api, 'companies', '&order_by=createdAt[DescNullsLast]');
  const personName = `${person.name.firstName} ${person.name.lastName}`;
  const title = `Check the invoice ${stamp()}`;

  await gotoApp('/tasks');
  const dialog = await openDialog(page);
  await dialog.getByRole('textbox', { name: /title/i }).fill(title);
  await link(page, dialog, personName, personName);
  await link(page, dialog, company.name, company.name);

  try {
    // Every second relation request is refused: the second of this task's two links. A refusal
    // (4xx), since the client repeats a create with its client-made id after a 5xx by itself.
    await setFaults([{ method: 'POST', path: '/rest/taskTargets', every: 2, status: 400 }]);
    await dialog.getByRole('button', { name: 'Create task' }).click();

    const failures = dialog.getByRole('list', { name: 'Links that failed' });
    await expect(failures).toBeVisible();
    await expect(failures.getByRole('listitem')).toHaveCount(1);
    await expect(failures).toContainText('Injected fault');
    await expect(dialog.getByRole('button', { name: 'Keep task without them' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Delete task' })).toBeVisible();
    await dialog.screenshot({ path: screenshot('link-dialog-partial-failure') });

    // The retry is the third relation request, which the rule lets through.
    await dialog.getByRole('button', { name: 'Retry failed links' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Task created', { exact: true })).toBeVisible();
  } finally {
    await setFaults([]);
  }

  const tasks = await tasksTitled(api, title);
  expect(tasks).toHaveLength(1);
  const targets = tasks[0]?.taskTargets ?? [];
  expect(targets).toHaveLength(2);
  expect(targets.map((t) => t.personId ?? t.companyId).sort()).toEqual(
    [person.id, company.id].sort(),
  );
});

test('from a list: one task linked to every selected record', async ({ page, gotoApp, api }) => {
  const { body } = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=2');
  const people = body.data.people;
  const title = `Invite to the webinar ${stamp()}`;
  await gotoApp('/people');
  for (const person of people) {
    const name = `${person.name.firstName} ${person.name.lastName}`;
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByRole('button', { name: 'New task for 2 selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(
    dialog.getByRole('list', { name: 'Linked records' }).getByRole('listitem'),
  ).toHaveCount(2);
  await dialog.getByRole('textbox', { name: /title/i }).fill(title);
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog).toBeHidden();
  // Done with them: the selection is cleared.
  await expect(page.getByRole('button', { name: /New task for/ })).toBeHidden();

  const [task, ...others] = await tasksTitled(api, title);
  expect(others).toEqual([]);
  expect(task?.taskTargets?.map((t) => t.personId).sort()).toEqual(people.map((p) => p.id).sort());
});

test('n opens the dialog from the board; closing with input asks first', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/tasks');
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
  // Focus the page without following a link: the middle of the body may be a card's chip.
  await page.getByRole('heading', { name: 'Tasks', level: 1 }).click();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /title/i }).fill('Not finished yet');
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('heading', { name: 'Discard this task?' })).toBeVisible();
  // Escape again means "go back", not "discard".
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('textbox', { name: /title/i })).toHaveValue('Not finished yet');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
});
