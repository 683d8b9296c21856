import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures';
import { holdChunk } from './held-chunk';

// Focus after the actions that used to drop it on <body> (a status change, a keyboard drop,
// closing the task panel, a create), and Undo from the toast, checked on the server through the
// REST API. Each test makes its own tasks (titles carry a run stamp, and the board is filtered
// to them) and deletes what it made, so the other specs' counts are unchanged.

type WireTarget = { id: string; personId: string | null };
type WireTask = { id: string; title: string; status: string; taskTargets?: WireTarget[] };
type WirePerson = { id: string; name: { firstName: string; lastName: string } };

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function makeTask(api: Api, title: string, personId?: string): Promise<string> {
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.createTask.id;
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
  const { status, body } = await api<{ data: { task: WireTask } }>(`/rest/tasks/${id}?depth=1`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.data.task;
}

const serverStatus = (api: Api, id: string) => async () => (await readTask(api, id)).status;

const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** What has the focus, as a short description, so a failure says where it went. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}:${element.getAttribute('aria-label') ?? element.textContent?.trim() ?? ''}`;
  });

async function expectFocusIn(page: Page, locator: Locator) {
  await expect(locator).toBeFocused();
  expect(await focused(page)).not.toBe('body');
}

async function openBoard(page: Page, gotoApp: (path: string) => Promise<void>, run: string) {
  await gotoApp(`/tasks?q=${encodeURIComponent(run)}`);
  await expect(column(page, 'To do').getByRole('article').first()).toBeVisible();
}

/** A new To do task titled `Focus <run> <what>`, and the board filtered to this run's tasks. */
async function boardWithTask(
  { page, gotoApp, api }: { page: Page; gotoApp: (path: string) => Promise<void>; api: Api },
  what: string,
  personId?: string,
): Promise<{ run: string; title: string; id: string }> {
  const run = stamp();
  const title = `Focus ${run} ${what}`;
  const id = await makeTask(api, title, personId);
  made.push(id);
  await openBoard(page, gotoApp, run);
  return { run, title, id };
}

async function firstPerson(api: Api): Promise<WirePerson> {
  const { body } = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=1');
  return body.data.people[0]!;
}

test('a status change from the menu keeps the focus on the card; Undo moves it back on the server', async ({
  page,
  gotoApp,
  api,
}) => {
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'menu');

  const status = page.getByRole('button', { name: `Status of ${title}: To do. Change status` });
  await status.focus();
  // The menu button's keys: ArrowDown opens the menu on its first item.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'To do' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const moved = column(page, 'In progress').getByRole('button', {
    name: `Status of ${title}: In progress. Change status`,
  });
  await expectFocusIn(page, moved);
  await expect.poll(serverStatus(api, id)).toBe('IN_PROGRESS');

  const toast = page.getByRole('alertdialog', { name: `Moved "${title}" to In progress` });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(serverStatus(api, id)).toBe('TODO');
  await expectFocusIn(
    page,
    column(page, 'To do').getByRole('button', { name: `Status of ${title}: To do. Change status` }),
  );
});

test('Ctrl+Z undoes a move while its toast shows', async ({ page, gotoApp, api }) => {
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'ctrlz');

  await page.getByRole('button', { name: `Status of ${title}: To do. Change status` }).click();
  await page.getByRole('menuitemradio', { name: 'Done' }).click();
  await expect(page.getByRole('alertdialog', { name: `Moved "${title}" to Done` })).toBeVisible();
  await expect.poll(serverStatus(api, id)).toBe('DONE');

  await page.keyboard.press('Control+z');
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();
  await expect.poll(serverStatus(api, id)).toBe('TODO');
});

test('a keyboard drop keeps the focus on the grip, in the new column', async ({
  page,
  gotoApp,
  api,
}) => {
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'drop');

  await page.getByRole('button', { name: `Move ${title}` }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');

  await expectFocusIn(
    page,
    column(page, 'In progress').getByRole('button', { name: `Move ${title}` }),
  );
  await expect.poll(serverStatus(api, id)).toBe('IN_PROGRESS');
});

/**
 * Space, ArrowRight and Space on the focused grip with no task boundary between them, only the
 * microtasks React renders in: the worst case input can bring for a keyboard move.
 */
async function moveRightAtOnce(grip: Locator) {
  await grip.evaluate(async (element) => {
    const press = (code: string, key: string) =>
      (document.activeElement ?? element).dispatchEvent(
        new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true }),
      );
    const microtasks = async () => {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    };
    press('Space', ' ');
    await microtasks();
    press('ArrowRight', 'ArrowRight');
    await microtasks();
    press('Space', ' ');
  });
}

// A fast typist, or a busy main thread, can put the arrow and the drop before the browser runs
// any timer: Chromium runs input ahead of timers. dnd-kit's own keyboard sensor listened only
// from a timer after the pick-up, so those keys were lost and the card stayed in To do (the
// failure CI showed). The three keys go in here with no task boundary between them, only the
// microtasks React renders in, which is the worst case input can bring.
test('keys typed straight after a keyboard pick-up are not lost', async ({
  page,
  gotoApp,
  api,
}) => {
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'fastdrop');

  const grip = page.getByRole('button', { name: `Move ${title}` });
  await grip.focus();
  await moveRightAtOnce(grip);

  await expect(column(page, 'In progress').getByRole('article', { name: title })).toBeVisible();
  await expect.poll(serverStatus(api, id)).toBe('IN_PROGRESS');
});

// dnd-kit is not in the board's first load: the drag layer comes on the first sign of a drag.
// A keyboard user quick off the mark picks a card up and moves it before it has come; the keys
// are held until dnd-kit has the card, then given to it in order. Here the layer's chunk is held
// back until the three keys are in, so they all come before it.
test('a keyboard move typed before the drag layer has loaded still moves the card', async ({
  page,
  gotoApp,
  api,
}) => {
  const layer = await holdChunk(page, 'drag-layer');
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'lazydrop');

  const grip = page.getByRole('button', { name: `Move ${title}` });
  await grip.focus();
  await expect.poll(layer.asked, 'the focus in the board asks for the drag layer').toBe(true);
  await moveRightAtOnce(grip);
  // Nothing has moved it yet: the layer is still held back.
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();
  expect(await serverStatus(api, id)()).toBe('TODO');

  layer.release();
  await expectFocusIn(
    page,
    column(page, 'In progress').getByRole('button', { name: `Move ${title}` }),
  );
  await expect.poll(serverStatus(api, id)).toBe('IN_PROGRESS');
});

test('closing the task panel gives the focus back to the title that opened it', async ({
  page,
  gotoApp,
  api,
}) => {
  const { title } = await boardWithTask({ page, gotoApp, api }, 'panel');

  const link = column(page, 'To do').getByRole('link', { name: title });
  await link.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expectFocusIn(page, link);

  // The same with the close button, by pointer.
  await link.click();
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await panel.getByRole('button', { name: 'Close' }).first().click();
  await expect(panel).toBeHidden();
  await expectFocusIn(page, link);
});

test('closing the task panel on a record page gives the focus back to its row', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const title = `Focus ${run} record`;
  const person = await firstPerson(api);
  made.push(await makeTask(api, title, person.id));
  await gotoApp(`/people/${person.id}`);

  const link = page.getByRole('region', { name: /^Tasks/ }).getByRole('link', { name: title });
  await link.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('textbox', { name: 'Title' })).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expectFocusIn(page, link);
});

/** The id of the one task whose title is `title`, made through the app. */
async function taskIdByTitle(api: Api, title: string): Promise<string> {
  const { body } = await api<{ data: { tasks: WireTask[] } }>(
    `/rest/tasks?filter=${encodeURIComponent(`title[eq]:"${title}"`)}`,
  );
  const [task] = body.data.tasks;
  expect(task, `a task titled ${title}`).toBeDefined();
  return task!.id;
}

async function createByKeyboard(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create task' }).press('Enter');
  await expect(dialog).toBeHidden();
}

test('after a create on the board the focus is on the new card, or on New task when it is not in view', async ({
  page,
  gotoApp,
  api,
}) => {
  const { run } = await boardWithTask({ page, gotoApp, api }, 'existing');

  const newTask = page.getByRole('button', { name: 'New task', exact: true });
  await newTask.focus();
  await page.keyboard.press('Enter');
  await createByKeyboard(page, `Focus ${run} created`);
  await expectFocusIn(
    page,
    column(page, 'To do').getByRole('link', { name: `Focus ${run} created` }),
  );
  made.push(await taskIdByTitle(api, `Focus ${run} created`));

  // Not matching the board's search: no card to go to.
  await newTask.focus();
  await page.keyboard.press('Enter');
  const hidden = `Hidden ${stamp()}`;
  await createByKeyboard(page, hidden);
  await expect(
    page.getByRole('alertdialog', { name: 'Task created' }).filter({ hasText: hidden }),
  ).toBeVisible();
  made.push(await taskIdByTitle(api, hidden));
  await expectFocusIn(page, newTask);
});

test('after a create on a record page the focus is on the new row', async ({
  page,
  gotoApp,
  api,
}) => {
  const run = stamp();
  const person = await firstPerson(api);
  await gotoApp(`/people/${person.id}`);
  const tasks = page.getByRole('region', { name: /^Tasks/ });
  await tasks.getByRole('button', { name: 'New task', exact: true }).click();
  await createByKeyboard(page, `Focus ${run} on record`);
  await expectFocusIn(page, tasks.getByRole('link', { name: `Focus ${run} on record` }));
  made.push(await taskIdByTitle(api, `Focus ${run} on record`));
});

test('Undo of a delete brings the task back with its id and its links', async ({
  page,
  gotoApp,
  api,
}) => {
  const person = await firstPerson(api);
  const { title, id } = await boardWithTask({ page, gotoApp, api }, 'deleted', person.id);
  const [relation] = (await readTask(api, id)).taskTargets ?? [];

  await column(page, 'To do').getByRole('link', { name: title }).click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('button', { name: 'Delete task' }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete task?' })
    .getByRole('button', { name: 'Delete task' })
    .click();
  await expect(panel).toBeHidden();
  await expect.poll(async () => (await api(`/rest/tasks/${id}`)).status).toBe(404);

  const toast = page.getByRole('alertdialog', { name: 'Task deleted' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(column(page, 'To do').getByRole('article', { name: title })).toBeVisible();
  const restored = await readTask(api, id);
  expect(restored.title).toBe(title);
  expect(restored.taskTargets?.map((t) => [t.id, t.personId])).toEqual([[relation!.id, person.id]]);
  await expectFocusIn(page, column(page, 'To do').getByRole('link', { name: title }));
});
