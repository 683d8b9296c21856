import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// Dates in words on the real stack: "tomorrow 3pm" typed in the task editor's due field shows
// what it was read as before anything is saved; Enter saves it, and the server has tomorrow at
// 15:00 local time. Text it cannot read is kept, with a note. Each test deletes its task.

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

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
  const id = created.body.data.createTask.id;
  made.push(id);
  return id;
}

const serverDue = async (api: Api, id: string) =>
  (await api<{ data: { task: { dueAt: string | null } } }>(`/rest/tasks/${id}`)).body.data.task
    .dueAt;

/** Opens the task's editor panel from the board. */
async function openEditor(page: Page, title: string) {
  const card = page.getByRole('article', { name: title });
  await card.getByRole('link', { name: title }).click();
  const panel = page.getByRole('dialog', { name: title });
  await expect(panel).toBeVisible();
  return panel;
}

/** Tomorrow at 15:00 in this machine's time zone (the browser's too), as the server keeps it. */
function tomorrowAt3pm(): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 15, 0).toISOString();
}

/** Tomorrow as the date input holds it (YYYY-MM-DD, local). */
function tomorrowDate(): string {
  const at = new Date(tomorrowAt3pm());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

test('"tomorrow 3pm" in the editor shows what it read, and Enter saves it to the server', async ({
  page,
  gotoApp,
  api,
}) => {
  const title = `Words ${stamp()}`;
  const id = await makeTask(api, title);
  await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
  const panel = await openEditor(page, title);

  const words = panel.getByRole('textbox', { name: 'In words' });
  await words.fill('tomorrow 3pm');
  await expect(words).toHaveAccessibleDescription(/Understood as Tomorrow 3:00 PM/);
  // Nothing is saved until the user confirms what was understood.
  expect(await serverDue(api, id)).toBeNull();
  await expectNoSeriousA11yViolations(page);
  await shootLightAndDark(page, 'dates-in-words-understood');

  await words.press('Enter');
  await expect(words).toHaveValue('');
  await expect(panel.getByLabel('Due date', { exact: true })).toHaveValue(tomorrowDate());
  await expect(panel.getByLabel('Due time (optional)')).toHaveValue('15:00');
  await expect.poll(() => serverDue(api, id)).toBe(tomorrowAt3pm());
});

test('words it cannot read stay as typed, with a note, and nothing is saved', async ({
  page,
  gotoApp,
  api,
}) => {
  const title = `Words ${stamp()}`;
  const id = await makeTask(api, title);
  await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
  const panel = await openEditor(page, title);

  const words = panel.getByRole('textbox', { name: 'In words' });
  await words.fill('whenever suits');
  await expect(panel.getByText('Could not read “whenever suits” as a date.')).toBeVisible();
  await words.press('Enter');
  await expect(words).toHaveValue('whenever suits');
  await expect(panel.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect(await serverDue(api, id)).toBeNull();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the New task dialog reads "fri" and takes it with Apply', async ({ page, gotoApp }) => {
    await gotoApp('/tasks');
    await page.getByRole('button', { name: 'New task' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'In words' }).fill('fri');
    await expect(dialog.getByText(/Understood as/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shootLightAndDark(page, 'dates-in-words-phone');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    // Set in the form, not sent: no task is made (the form's draft goes with the test's browser).
    await expect(dialog.getByLabel('Due date', { exact: true })).not.toHaveValue('');
  });
});
