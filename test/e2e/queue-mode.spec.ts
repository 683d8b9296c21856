import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// "Work through": the board's view one task at a time, with the keys, checked on the server
// through the REST API. Each test makes its own tasks (titles carry a run stamp, the board is
// filtered to them) and deletes them.

type WireTask = { id: string; status: string; dueAt: string | null };
type WirePerson = { id: string; name: { firstName: string; lastName: string } };

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

/** A local time `days` from today, as the board shows it. */
function inDays(days: number, hours: number, minutes = 0): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours, minutes);
}

async function makeTask(api: Api, title: string, dueAt: Date, personId?: string) {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO', dueAt: dueAt.toISOString() },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.createTask.id;
  made.push(id);
  if (personId) {
    const linked = await api('/rest/taskTargets', {
      method: 'POST',
      body: { taskId: id, personId },
    });
    expect(linked.status).toBe(201);
  }
  return id;
}

async function readTask(api: Api, id: string): Promise<WireTask> {
  const { status, body } = await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}`);
  expect(status).toBe(200);
  return body.data.task;
}

async function firstPerson(api: Api): Promise<WirePerson> {
  const { body } = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=1');
  return body.data.people[0]!;
}

const shown = (page: Page) => page.getByRole('heading', { level: 2 });

async function scan(page: Page) {
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('work through three tasks: done, snooze, skip; the server has each change', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const person = await firstPerson(api);
  const personName = `${person.name.firstName} ${person.name.lastName}`.trim();
  const first = await makeTask(api, `Queue ${run} first`, inDays(-1, 10), person.id);
  const second = await makeTask(api, `Queue ${run} second`, inDays(0, 14, 30));
  const third = await makeTask(api, `Queue ${run} third`, inDays(2, 11), person.id);

  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole('article', { name: `Queue ${run} third` })).toBeVisible();
  await page.getByRole('link', { name: 'Work through' }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/queue\\?q=${run}`));

  // Soonest due first, as the board sorts, with the linked person's details beside it.
  await expect(page.getByText('1 of 3')).toBeVisible();
  await expect(shown(page)).toHaveText(`Queue ${run} first`);
  await expect(shown(page)).toBeFocused();
  const record = page.getByRole('complementary', { name: 'Linked record' });
  await expect(record.getByRole('heading', { name: personName })).toBeVisible();
  await scan(page);
  await shootLightAndDark(page, 'queue-mode');

  await page.keyboard.press('d');
  await expect(shown(page)).toHaveText(`Queue ${run} second`);
  await expect(page.getByText('2 of 3')).toBeVisible();
  expect((await readTask(api, first)).status).toBe('DONE');
  await expect(record.getByText('Not linked to a record.')).toBeVisible();

  await page.keyboard.press('s');
  await expect(shown(page)).toHaveText(`Queue ${run} third`);
  const snoozed = await readTask(api, second);
  // Tomorrow, at the time it had.
  expect(new Date(snoozed.dueAt!).getTime()).toBe(inDays(1, 14, 30).getTime());
  expect(snoozed.status).toBe('TODO');

  // `o` opens the record; back, the run resumes where it was.
  await expect(record.getByRole('heading', { name: personName })).toBeVisible();
  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}`));
  await page.goBack();
  await expect(shown(page)).toHaveText(`Queue ${run} third`);
  await expect(page.getByText('3 of 3')).toBeVisible();

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'All done' })).toBeVisible();
  await expect(page.getByText('1 done, 1 snoozed to tomorrow, 1 skipped.')).toBeVisible();
  const skipped = await readTask(api, third);
  expect(skipped.status).toBe('TODO');
  expect(new Date(skipped.dueAt!).getTime()).toBe(inDays(2, 11).getTime());
  await scan(page);

  // The skipped one can be gone through again; Escape goes back to the same board view.
  await page.getByRole('button', { name: 'Go through the 1 skipped' }).click();
  await expect(shown(page)).toHaveText(`Queue ${run} third`);
  await expect(page.getByText('1 of 1')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`/tasks\\?q=${run}$`));
  await expect(page.getByRole('article', { name: `Queue ${run} third` })).toBeVisible();
});

test('a refused write keeps the task in view with its error; Retry saves it once', async ({
  page,
  gotoApp,
  api,
  setFaults,
}) => {
  const run = stamp();
  const id = await makeTask(api, `Queue ${run} flaky`, inDays(1, 10));
  await makeTask(api, `Queue ${run} later`, inDays(3, 10));
  await gotoApp(`/tasks/queue?q=${encodeURIComponent(run)}`);
  await expect(shown(page)).toHaveText(`Queue ${run} flaky`);

  await setFaults([{ method: 'PATCH', path: '/rest/tasks/*', status: 500 }]);
  await page.keyboard.press('d');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Could not save “Queue ${run} flaky”`);
  await expect(shown(page)).toHaveText(`Queue ${run} flaky`);
  await expect(page.getByText('1 of 2')).toBeVisible();
  expect((await readTask(api, id)).status).toBe('TODO');
  await scan(page);

  await setFaults([]);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(shown(page)).toHaveText(`Queue ${run} later`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await readTask(api, id)).status).toBe('DONE');
});

test('an empty view says so, on a phone too', async ({ page, gotoApp }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await gotoApp(`/tasks/queue?q=${encodeURIComponent(`nothing-${stamp()}`)}`);
  await expect(page.getByRole('heading', { name: 'Nothing to work through' })).toBeVisible();
  await scan(page);
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(page).toHaveURL(/\/tasks\?q=nothing-/);
});

test('on a phone the task and its record stack, and pass the scan', async ({
  page,
  gotoApp,
  api,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const run = stamp();
  const person = await firstPerson(api);
  await makeTask(api, `Queue ${run} phone`, inDays(1, 10), person.id);
  await gotoApp(`/tasks/queue?q=${encodeURIComponent(run)}`);
  await expect(shown(page)).toHaveText(`Queue ${run} phone`);
  await expect(
    page.getByRole('complementary', { name: 'Linked record' }).getByRole('heading', { level: 3 }),
  ).toBeVisible();
  await scan(page);
  await shootLightAndDark(page, 'queue-mode-phone');
});
