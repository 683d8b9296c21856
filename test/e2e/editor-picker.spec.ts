import { join } from 'node:path';
import { expect, test, type Api } from './fixtures';

// The editor and the "Link to" picker as a user meets them: the panel draws from the card that
// was clicked before the task itself has been read, Enter in the picker takes the best match
// (the company named "Lumen…", not a person who works there), and a blank title is refused.
// Each test makes its own task and deletes it afterwards.

const screenshot = (name: string) =>
  join(test.info().project.outputDir, 'screenshots', `${name}.png`);
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function makeTask(api: Api, title: string): Promise<string> {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  return created.body.data.createTask.id;
}

type WireTask = {
  title: string;
  taskTargets?: { companyId: string | null; personId: string | null }[];
};
const readTask = async (api: Api, id: string) =>
  (await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}?depth=1`)).body.data.task;

const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

test('the panel draws from the card before the task is read; Enter links the company named Lumen', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const title = `Picker ${run}`;
  const id = await makeTask(api, title);
  made.push(id);

  await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible();

  // The task's own read is held back: whatever the panel shows comes from the card.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/rest/tasks/${id}(\\?|$)`), async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await card.getByRole('link', { name: title }).click();
  const panel = page.getByRole('dialog', { name: title });
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await expect(panel.getByRole('combobox', { name: 'Status' })).toHaveValue('TODO');
  // From here on every request to the task goes through at once.
  release();

  const picker = panel.getByRole('combobox', { name: 'Link to' });
  await picker.fill('Lumen');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first).toHaveAccessibleName('Lumen Health');
  await expect(first).toHaveAccessibleDescription(/^Company/);
  await picker.press('Enter');

  await expect
    .poll(async () => (await readTask(api, id)).taskTargets?.filter((t) => t.companyId).length)
    .toBe(1);
  await expect(
    panel.getByRole('list', { name: /Linked records/ }).getByRole('link', { name: 'Lumen Health' }),
  ).toBeVisible();
});

test('the editor refuses a blank title and keeps the one it had', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const title = `Blank ${run}`;
  const id = await makeTask(api, title);
  made.push(id);

  await gotoApp(`/tasks/${id}`);
  const field = page.getByRole('textbox', { name: 'Title' });
  await expect(field).toHaveValue(title);
  await field.fill('   ');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription('Enter a title for the task.');
  await field.press('Tab');
  await expect(field).toHaveValue(title);
  await expect(field).toHaveAccessibleDescription(
    'Enter a title for the task. The title was kept.',
  );
  await page.screenshot({ path: screenshot('editor-blank-title') });
  expect((await readTask(api, id)).title).toBe(title);
});
