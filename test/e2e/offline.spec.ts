import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type Api } from './fixtures';

// The server stopped mid-session and started again (this project runs on a stack of its own,
// so the other specs never see it down). While it is away the app says so once, keeps what it
// shows, and queues what the user changes; when it is back the app recovers with no click and
// every change arrives exactly once. A second part closes the tab while changes still wait and
// opens the app again after the restart: the queue survived. (While the embedded server is down
// a reload cannot load the app at all, since the server also serves it; so the reload happens
// once it is back, in a new tab, before anything could have sent the queue.)

type WireTarget = { id: string; personId: string | null; companyId: string | null };
type WireTask = { id: string; title: string; status: string; taskTargets?: WireTarget[] };
type WirePerson = { id: string; name: { firstName: string; lastName: string } };

const SHOTS = process.env.OFFLINE_SHOTS_DIR;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const BANNER = "Can't reach the tasklink server — retrying…";

async function tasksTitled(api: Api, title: string): Promise<WireTask[]> {
  const filter = encodeURIComponent(`title[eq]:"${title}"`);
  const { status, body } = await api<{ data: { tasks: WireTask[] } }>(
    `/rest/tasks?depth=1&filter=${filter}`,
  );
  expect(status).toBe(200);
  return body.data.tasks;
}

async function makeTask(api: Api, title: string, personId: string): Promise<string> {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.createTask.id;
  expect(
    (await api('/rest/taskTargets', { method: 'POST', body: { taskId: id, personId } })).status,
  ).toBe(201);
  return id;
}

/** With OFFLINE_SHOTS_DIR set: the page in light, dark and on a phone, for a person to look at. */
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const viewport = page.viewportSize();
  await page.screenshot({ path: `${SHOTS}/${name}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png` });
  if (viewport) await page.setViewportSize(viewport);
}

test('server stopped and restarted: one banner, queued changes arrive once, recovery without a click', async ({
  page,
  gotoApp,
  api,
  stack,
}) => {
  const { stopServer, startServer } = stack;
  if (!stopServer || !startServer) throw new Error('this spec needs a stack of its own');
  const run = stamp();
  const people = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=1');
  const person = people.body.data.people[0]!;
  const personName = `${person.name.firstName} ${person.name.lastName}`;
  const moveTitle = `Offline ${run} move`;
  const renameTitle = `Offline ${run} rename`;
  const moveId = await makeTask(api, moveTitle, person.id);
  const renameId = await makeTask(api, renameTitle, person.id);

  // Online: the pages and dialogs used below are opened once, so their code is loaded (loading
  // code while the server is down is the route error boundaries' business, not this test's).
  await gotoApp(`/people/${person.id}`);
  const tasksPanel = page.getByRole('region', { name: 'Tasks' });
  await expect(tasksPanel.getByRole('link', { name: moveTitle })).toBeVisible();
  await tasksPanel.getByRole('button', { name: 'New task', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'New task' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await page.getByRole('navigation').getByRole('link', { name: 'Tasks' }).click();
  await page.getByRole('searchbox').fill(`Offline ${run}`);
  const todo = page.getByRole('region', { name: 'To do', exact: true });
  await expect(todo.getByRole('article')).toHaveCount(2);
  await todo.getByRole('link', { name: renameTitle }).click();
  await expect(page.getByRole('dialog', { name: renameTitle })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const moveCard = todo.getByRole('article', { name: moveTitle });
  await moveCard.getByRole('button', { name: /Change status/ }).click();
  await expect(page.getByRole('menuitemradio', { name: 'In progress' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  await stopServer();

  // A status move: the first request that fails shows the banner; the card stays moved.
  await moveCard.getByRole('button', { name: /Change status/ }).click();
  await page.getByRole('menuitemradio', { name: 'In progress' }).click();
  const banner = page.getByText(BANNER);
  await expect(banner).toBeVisible();
  const inProgress = page.getByRole('region', { name: 'In progress', exact: true });
  await expect(inProgress.getByRole('article', { name: moveTitle })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'offline-banner-board');

  // A title edit in the task panel.
  await todo.getByRole('link', { name: renameTitle }).click();
  const panel = page.getByRole('dialog', { name: renameTitle });
  const titleField = panel.getByRole('textbox', { name: 'Title' });
  await titleField.fill(`${renameTitle}d`);
  await titleField.press('Enter');
  await page.keyboard.press('Escape');
  await expect(todo.getByRole('article', { name: `${renameTitle}d` })).toBeVisible();

  // A new task linked to the person, from the person's page (its data is still on screen).
  await inProgress
    .getByRole('article', { name: moveTitle })
    .getByRole('link', { name: personName })
    .click();
  await expect(tasksPanel.getByRole('link', { name: moveTitle })).toBeVisible();
  await tasksPanel.getByRole('button', { name: 'New task', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  const createdTitle = `Offline ${run} created`;
  await dialog.getByRole('textbox', { name: /title/i }).fill(createdTitle);
  await dialog.getByRole('button', { name: 'Create task' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(tasksPanel.getByRole('link', { name: createdTitle })).toBeVisible();
  // Status, title, the task and its link.
  await expect(page.getByRole('status').filter({ hasText: BANNER })).toContainText(
    '4 changes waiting',
  );
  await expectNoSeriousA11yViolations(page);
  await shot(page, 'offline-banner-person');

  await startServer();
  // Back by itself: the next probe (at most about 30 s away) finds it. No click, no reload.
  await expect(banner).toHaveCount(0, { timeout: 60_000 });
  // Then the queue goes out ("Back online — sending 4 changes…") and the banner is gone.
  await expect(page.getByText(/changes? waiting|Back online/)).toHaveCount(0);
  await expect(page.getByText(/was not saved/)).toHaveCount(0);

  const created = await tasksTitled(api, createdTitle);
  expect(created).toHaveLength(1);
  expect(created[0]!.taskTargets?.map((t) => t.personId)).toEqual([person.id]);
  const moved = await api<{ data: { task: WireTask } }>(`/rest/tasks/${moveId}`);
  expect(moved.body.data.task.status).toBe('IN_PROGRESS');
  const renamed = await api<{ data: { task: WireTask } }>(`/rest/tasks/${renameId}`);
  expect(renamed.body.data.task.title).toBe(`${renameTitle}d`);
  expect(await tasksTitled(api, renameTitle)).toHaveLength(0);
  // What the page shows after recovering is what the server holds.
  await expect(tasksPanel.getByRole('link', { name: createdTitle })).toBeVisible();
});

test('changes still waiting when the tab goes away are sent by the next visit', async ({
  page,
  context,
  gotoApp,
  api,
  stack,
}) => {
  const { stopServer, startServer } = stack;
  if (!stopServer || !startServer) throw new Error('this spec needs a stack of its own');
  const people = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=1');
  const person = people.body.data.people[0]!;
  const title = `Offline ${stamp()} later`;
  const id = await makeTask(api, title, person.id);

  await gotoApp(`/people/${person.id}`);
  const tasksPanel = page.getByRole('region', { name: 'Tasks' });
  await expect(tasksPanel.getByRole('link', { name: title })).toBeVisible();
  await stopServer();
  await tasksPanel.getByRole('checkbox', { name: `Complete ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: BANNER })).toContainText(
    '1 change waiting',
  );
  await page.close();

  await startServer();
  const next = await context.newPage();
  await next.goto(`/people/${person.id}#key=${encodeURIComponent(stack.apiKey)}`);
  await expect
    .poll(
      async () =>
        (await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}`)).body.data.task.status,
    )
    .toBe('DONE');
  await expect(next.getByText(/changes? waiting|Can't reach|Back online/)).toHaveCount(0);
  expect(await tasksTitled(api, title)).toHaveLength(1);
});
