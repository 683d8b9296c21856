import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark as shoot,
  test,
} from './fixtures';

// One journey per backend kind on the real stack. The embedded server speaks all three APIs
// over one database with one key, so Settings can point each kind at the app's own address.
// Each screen is scanned for accessibility and shot in light and dark.

// A whole journey with several scans and two screenshots per screen takes longer than the
// default budget meant for one check.
test.slow();

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

async function switchTo(page: Page, kind: RegExp, apiKey: string): Promise<void> {
  await nav(page, 'Settings').click();
  const form = page.getByRole('form', { name: 'Change backend' });
  await form.getByRole('radio', { name: kind }).check();
  await form.getByRole('button', { name: 'Use this app’s address' }).click();
  await form.getByLabel('API key').fill(apiKey);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Connected to' })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('region', { name: 'Backend in use' }).getByRole('status'),
  ).toContainText('Connected to');
  await expect(form.getByLabel('API key')).toHaveValue('');
}

test('Dalil at this app’s address: the full board and editor', async ({
  page,
  gotoApp,
  apiKey,
  baseURL,
}) => {
  await gotoApp('/settings');
  await switchTo(page, /^Dalil/, apiKey);
  await expect(page.getByRole('region', { name: 'Backend in use' })).toContainText(
    `Dalil at ${baseURL}`,
  );
  await nav(page, 'Tasks').click();
  for (const name of ['To do', 'In progress', 'Done']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /New task/ })).toBeVisible();
  await expect(nav(page, 'People')).toBeVisible();
  const first = page.getByRole('region', { name: 'To do', exact: true }).getByRole('link').first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Title')).toHaveValue(title);
  expect(page.url()).not.toContain(apiKey);
});

test('Rolodex: a read-only board by pages, tags, a contact’s tasks, a read-only task', async ({
  page,
  gotoApp,
  apiKey,
}) => {
  await gotoApp('/settings');
  await switchTo(page, /Rolodex/, apiKey);
  // Rolodex cannot list records: the record pages leave the navigation.
  await expect(nav(page, 'People')).toHaveCount(0);
  await nav(page, 'Tasks').click();

  const open = page.getByRole('region', { name: /^Open/ });
  const completed = page.getByRole('region', { name: /^Completed/ });
  await expect(open).toBeVisible();
  await expect(completed).toBeVisible();
  await expect(page.getByRole('region', { name: /In progress/ })).toHaveCount(0);
  await expect(
    page.getByText('Read-only: this backend lets tasks be read, not changed.'),
  ).toBeVisible();
  // Nothing here can change a task: no New task, no status menu, no drag handle.
  await expect(page.getByRole('button', { name: /New task/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /status|drag|move/i })).toHaveCount(0);

  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByRole('status')).toHaveText(/^Tasks 1–25 of \d+$/);
  const firstTitle = await page.getByRole('article').first().getByRole('link').first().innerText();
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(pages.getByRole('status')).toHaveText(/^Tasks 26–50 of \d+$/);
  await expect(page).toHaveURL(/offset=25/);
  await pages.getByRole('button', { name: 'Previous page' }).click();
  await expect(pages.getByRole('status')).toHaveText(/^Tasks 1–25 of \d+$/);

  await page.getByLabel('Order').selectOption({ label: 'Due date, latest first' });
  await expect(page).toHaveURL(/order=dueAt-desc/);
  await expect(page.getByRole('article').first().getByRole('link').first()).not.toHaveText(
    firstTitle,
  );

  // A tag filter over the page shown.
  const tag = page.getByRole('combobox', { name: 'Tag' });
  const tagName = (await tag.locator('option').nth(1).innerText()).trim();
  await tag.selectOption({ label: tagName });
  const cards = page.getByRole('article');
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  for (let i = 0; i < shown; i += 1) {
    await expect(cards.nth(i).getByRole('list', { name: 'Tags' })).toContainText(tagName);
  }
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'rolodex-board');

  // A contact chip opens the contact's tasks, gathered from the list with progress shown.
  await tag.selectOption({ label: 'Any tag' });
  const contact = page.getByRole('list', { name: 'Contacts' }).first().getByRole('link').first();
  const contactName = (await contact.innerText()).trim();
  await contact.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contactName);
  // The page's own progress line; the app's offline banner keeps an empty live region in main.
  await expect(
    page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /^Read all/ }),
  ).toHaveText(/^Read all \d+ tasks\.$/);
  const linked = page.getByRole('region', { name: /tasks?$/ }).getByRole('listitem');
  expect(await linked.count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'rolodex-contact');

  // The task detail: everything Rolodex says, and no control to change it.
  const taskTitle = (await linked.first().getByRole('link').innerText()).trim();
  await linked.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(taskTitle);
  await expect(
    page.getByText('Read-only: this backend offers no way to change tasks.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'What the task is on' })).toContainText(contactName);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'rolodex-task');
  expect(page.url()).not.toContain(apiKey);
});

test('Peoplelogic: create a task on an entity, edit it, find it in Recent tasks', async ({
  page,
  gotoApp,
  apiKey,
  api,
}) => {
  const people = await api<{ data: { people: { id: string }[] } }>('/rest/people?limit=1');
  const personId = people.body.data.people[0]?.id ?? '';
  expect(personId).not.toBe('');

  await gotoApp('/settings');
  await switchTo(page, /Peoplelogic/, apiKey);
  await nav(page, 'Tasks').click();
  await expect(
    page.getByRole('heading', { name: 'Recent tasks (this browser only)' }),
  ).toBeVisible();
  await expect(page.getByText('This backend cannot list tasks')).toBeVisible();
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toHaveCount(0);

  const form = page.getByRole('form', { name: 'New task on an entity' });
  await form.getByRole('button', { name: 'Create task' }).click();
  await expect(form.getByLabel('Entity id')).toHaveAccessibleDescription(/Paste the id/);
  await form.getByLabel('Entity type').selectOption({ label: 'Person' });
  await form.getByLabel('Entity id').fill(personId);
  const name = `Peoplelogic e2e ${Date.now()}`;
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Description').fill('Made through the Peoplelogic API');
  await form.getByLabel('Due date').fill('2031-03-14');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'peoplelogic-new-task');
  await form.getByRole('button', { name: 'Create task' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText(/^To do/)).toBeVisible();
  await expect(page.getByText('Status changed')).toBeVisible();
  await expect(page.getByRole('list', { name: 'What the task is on' })).toContainText(personId);
  await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();

  const edit = page.getByRole('form', { name: 'Edit task' });
  await expect(edit.getByLabel(/Due date/)).toHaveValue('2031-03-14');
  await edit.getByLabel('Name').fill(`${name} (edited)`);
  await edit.getByLabel(/Due date/).fill('2031-04-01');
  await edit.getByLabel('Order').fill('7');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} (edited)`);
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'peoplelogic-task');

  // The server kept it: read back through the Dalil API of the same database.
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  const stored = await api<{ data: { task: { title: string; dueAt: string; position: number } } }>(
    `/rest/tasks/${id}`,
  );
  expect(stored.body.data.task.title).toBe(`${name} (edited)`);
  expect(stored.body.data.task.dueAt.slice(0, 10)).toBe('2031-04-01');
  expect(stored.body.data.task.position).toBe(7);

  await page.reload();
  await expect(page.getByRole('form', { name: 'Edit task' }).getByLabel(/Due date/)).toHaveValue(
    '2031-04-01',
  );
  await nav(page, 'Tasks').click();
  await expect(page.getByRole('link', { name: `${name} (edited)` })).toBeVisible();
  // The entity is offered again for the next task.
  await expect(page.getByRole('button', { name: `Person ${personId}` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'peoplelogic-recent');
  expect(page.url()).not.toContain(apiKey);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(apiKey);
});
