import { expect, test, type Api } from './fixtures';

// The keyboard model, driven as a keyboard-only user would: no clicks between the first page
// load and the end of each journey.

type WireTask = { id: string; title: string };

async function firstPerson(api: Api): Promise<{ id: string; name: string }> {
  const { body } = await api<{
    data: { people: { id: string; name: { firstName: string; lastName: string } }[] };
  }>('/rest/people?limit=1&order_by=createdAt');
  const person = body.data.people[0];
  if (!person) throw new Error('the seed has no person');
  return { id: person.id, name: `${person.name.firstName} ${person.name.lastName}`.trim() };
}

async function tasksTitled(api: Api, title: string): Promise<WireTask[]> {
  const filter = encodeURIComponent(`title[eq]:"${title}"`);
  const { body } = await api<{ data: { tasks: WireTask[] } }>(`/rest/tasks?filter=${filter}`);
  return body.data.tasks;
}

test('n on a person page, then Cmd/Ctrl+Enter, creates a task linked to that person', async ({
  page,
  gotoApp,
  api,
}) => {
  const person = await firstPerson(api);
  const title = `Keyboard create ${Date.now()}`;
  await gotoApp(`/people/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();

  try {
    await page.locator('body').press('n');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(dialog).toBeVisible();
    // Prefilled with the page's record.
    await expect(dialog.getByText(person.name)).toBeVisible();
    await page.keyboard.type(title);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(dialog).toBeHidden();

    const tasks = page.getByRole('region', { name: /tasks/i }).first();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(tasks).toBeVisible();
    const created = await tasksTitled(api, title);
    expect(created).toHaveLength(1);
    const { body } = await api<{ data: { task: { taskTargets: { personId: string | null }[] } } }>(
      `/rest/tasks/${created[0]?.id}?depth=1`,
    );
    expect(body.data.task.taskTargets.map((t) => t.personId)).toEqual([person.id]);
  } finally {
    for (const task of await tasksTitled(api, title)) {
      await api(`/rest/tasks/${task.id}`, { method: 'DELETE' });
    }
  }
});

test('j/k move between cards, l to the next column, Enter opens the focused card', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/tasks');
  const todo = page.getByRole('region', { name: 'To do' });
  const inProgress = page.getByRole('region', { name: 'In progress' });
  await expect(todo.locator('article').first()).toBeVisible();
  await expect(inProgress.locator('article').first()).toBeVisible();

  const cardTitles = (column: typeof todo) => column.locator('article h3 a');
  const firstTitle = await cardTitles(todo).nth(0).textContent();
  const secondTitle = await cardTitles(todo).nth(1).textContent();

  await page.locator('body').press('j');
  await expect(page.locator(':focus')).toHaveText(firstTitle ?? '');
  await page.keyboard.press('j');
  await expect(page.locator(':focus')).toHaveText(secondTitle ?? '');
  await page.keyboard.press('k');
  await expect(page.locator(':focus')).toHaveText(firstTitle ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveText(secondTitle ?? '');

  // Far down a virtualised column: the card is drawn and scrolled into view before focus.
  for (let step = 0; step < 30; step += 1) await page.keyboard.press('j');
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  await expect(todo.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('l');
  await expect(inProgress.locator(':focus')).toHaveCount(1);
  await expect(page.locator(':focus')).toBeInViewport();

  // s opens the focused card's status menu; Escape puts it away again.
  await page.keyboard.press('s');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  const openedTitle = (await page.locator(':focus').textContent()) ?? '';
  await page.locator(':focus').press('Enter');
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('textbox', { name: /title/i }).first()).toHaveValue(openedTitle);
});

test('g p goes to People, g t back to Tasks; keys typed in the search box stay text', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/tasks');
  await expect(
    page.getByRole('region', { name: 'To do' }).locator('article').first(),
  ).toBeVisible();
  await page.locator('body').press('g');
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  const search = page.getByRole('searchbox').first();
  await search.focus();
  await page.keyboard.type('gtn');
  await expect(search).toHaveValue('gtn');
  await expect(page).toHaveURL(/\/people\?q=gtn$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Out of the search box (a click on the page), the keys are shortcuts again.
  await page.getByRole('heading', { level: 1, name: 'People' }).click();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/\/tasks$/);
});

test('d and a on a focused card set its due date and assignee; the focus comes back to the card', async ({
  page,
  gotoApp,
  api,
}) => {
  const title = `Card keys ${Date.now()}`;
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  const id = created.body.data.createTask.id;
  const { body: members } = await api<{
    data: { workspaceMembers: { id: string; name: { firstName: string; lastName: string } }[] };
  }>('/rest/workspaceMembers?limit=1&order_by=createdAt');
  const member = members.data.workspaceMembers[0];
  if (!member) throw new Error('the seed has no member');
  const memberName = `${member.name.firstName} ${member.name.lastName}`.trim();
  const readTask = async () =>
    (
      await api<{ data: { task: { dueAt: string | null; assigneeId: string | null } } }>(
        `/rest/tasks/${id}`,
      )
    ).body.data.task;

  try {
    await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
    const card = page.getByRole('article', { name: title });
    await expect(card).toContainText('No due date');
    await page.locator('body').press('j');
    const titleLink = card.getByRole('link', { name: title });
    await expect(titleLink).toBeFocused();

    // d: the due-date control opens on its quick picks; Tab, Enter picks Tomorrow and closes.
    await page.keyboard.press('d');
    const due = page.getByRole('dialog', { name: `Due date of ${title}` });
    await expect(due.getByRole('button', { name: 'Today' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(due).toBeHidden();
    await expect(titleLink).toBeFocused();
    await expect(card.locator('time')).toHaveText('Tomorrow');
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    await expect
      .poll(async () => {
        const dueAt = (await readTask()).dueAt;
        return dueAt ? new Date(dueAt).getTime() : null;
      })
      .toBe(tomorrow.getTime());

    // a: the assignee menu opens in its search box; typing finds the member, Enter assigns.
    await page.keyboard.press('a');
    const assign = page.getByRole('dialog', { name: `Assignee of ${title}` });
    await expect(assign.getByRole('searchbox', { name: 'Search members' })).toBeFocused();
    await page.keyboard.type(memberName);
    await expect(assign.getByRole('menuitemradio', { name: memberName })).toBeVisible();
    // No highlight jumps in as results arrive: the arrow moves into the list, Enter assigns.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(assign).toBeHidden();
    await expect(titleLink).toBeFocused();
    await expect(
      card.getByRole('button', { name: `Assignee of ${title}: ${memberName}. Change assignee` }),
    ).toBeVisible();
    await expect.poll(async () => (await readTask()).assigneeId).toBe(member.id);

    // Escape closes either without a change, and the focus is still on the card.
    await page.keyboard.press('d');
    await expect(due).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(due).toBeHidden();
    await expect(titleLink).toBeFocused();
  } finally {
    await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});
