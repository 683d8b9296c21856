import { expect, expectNoSeriousA11yViolations, test, type Api } from './fixtures';

// The card's assignee control on the real stack: the unassigned icon opens a searchable menu of
// the workspace's members, the pick shows at once, stays after a reload, and the focus stays on
// the card. The task is made for the test and deleted after it.

type WireMember = { id: string; name: { firstName: string; lastName: string } };

async function firstMember(api: Api): Promise<{ id: string; name: string }> {
  const { status, body } = await api<{ data: { workspaceMembers: WireMember[] } }>(
    '/rest/workspaceMembers?limit=1',
  );
  expect(status).toBe(200);
  const member = body.data.workspaceMembers[0];
  if (!member) throw new Error('the demo workspace has no member');
  return { id: member.id, name: `${member.name.firstName} ${member.name.lastName}` };
}

async function makeTask(api: Api, title: string): Promise<string> {
  const { status, body } = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(status).toBe(201);
  return body.data.createTask.id;
}

test('a task is assigned from its card, and keeps its assignee after a reload', async ({
  page,
  gotoApp,
  api,
}) => {
  const member = await firstMember(api);
  const title = `Assign from the card ${Date.now()}`;
  const id = await makeTask(api, title);
  try {
    await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
    const card = page.getByRole('article', { name: title });
    const button = card.getByRole('button', { name: `Assign ${title}` });
    await button.hover();
    await expect(card.getByText('Unassigned — click to assign')).toBeVisible();
    await button.click();

    const menu = page.getByRole('dialog', { name: `Assignee of ${title}` });
    const search = menu.getByRole('searchbox', { name: 'Search members' });
    await expect(search).toBeFocused();
    await search.fill(member.name.split(' ')[0]!);
    const item = menu.getByRole('menuitemradio', { name: member.name });
    await item.click();

    await expect(menu).toHaveCount(0);
    const assigned = card.getByRole('button', {
      name: `Assignee of ${title}: ${member.name}. Change assignee`,
    });
    await expect(assigned).toBeFocused();
    await expect(
      page.getByRole('alertdialog', { name: `Assigned "${title}" to ${member.name}` }),
    ).toBeVisible();
    await expect
      .poll(async () => {
        const { body } = await api<{ data: { task: { assigneeId: string | null } } }>(
          `/rest/tasks/${id}`,
        );
        return body.data.task.assigneeId;
      })
      .toBe(member.id);

    await page.reload();
    await expect(
      page
        .getByRole('article', { name: title })
        .getByRole('button', { name: `Assignee of ${title}: ${member.name}. Change assignee` }),
    ).toBeVisible();
  } finally {
    await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});

test('the a key opens the menu on a focused card, and Escape gives the focus back', async ({
  page,
  gotoApp,
  api,
}) => {
  const title = `Assign by key ${Date.now()}`;
  const id = await makeTask(api, title);
  try {
    await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
    const card = page.getByRole('article', { name: title });
    await card.getByRole('link', { name: title }).focus();
    await page.keyboard.press('a');
    const menu = page.getByRole('dialog', { name: `Assignee of ${title}` });
    await expect(menu.getByRole('searchbox', { name: 'Search members' })).toBeFocused();
    await expect(menu.getByRole('menuitemradio', { name: 'Unassigned' })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(card.getByRole('link', { name: title })).toBeFocused();
  } finally {
    await api(`/rest/tasks/${id}`, { method: 'DELETE' });
  }
});
