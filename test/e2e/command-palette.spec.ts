import type { Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  shootLightAndDark,
  test,
  type Api,
} from './fixtures';

// The command palette on the real stack: Ctrl+K finds a person by name on the server and goes
// to their page; on the board it moves the focused card to Done, which the server then has.
// Each test deletes the tasks it made, so the shared demo data stays as other specs expect.

type WirePerson = { id: string; name: { firstName: string; lastName: string } };
const personName = (p: WirePerson) => `${p.name.firstName} ${p.name.lastName}`;
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A person no other person shares a name with, so the hit by name can only be them. */
async function uniquePerson(api: Api): Promise<WirePerson> {
  const { status, body } = await api<{ data: { people: WirePerson[] } }>('/rest/people?limit=200');
  expect(status).toBe(200);
  const counts = new Map<string, number>();
  for (const p of body.data.people) counts.set(personName(p), (counts.get(personName(p)) ?? 0) + 1);
  const person = body.data.people.find((p) => counts.get(personName(p)) === 1);
  if (!person) throw new Error('no uniquely named person in the demo data');
  return person;
}

const made: string[] = [];
test.afterEach(async ({ api }) => {
  for (const id of made.splice(0)) await api(`/rest/tasks/${id}`, { method: 'DELETE' });
});

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('textbox', { name: 'Search or run a command' })).toBeFocused();
  return palette;
}

test('Ctrl+K finds a person by name on the server, and Enter opens their page', async ({
  page,
  gotoApp,
  api,
}) => {
  const person = await uniquePerson(api);
  const name = personName(person);
  await gotoApp('/tasks');
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();

  const palette = await openPalette(page);
  await page.keyboard.type(name);
  const hit = palette.getByRole('menuitem', { name: new RegExp(`^${name}`) });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Person');
  await expectNoSeriousA11yViolations(page);
  await shootLightAndDark(page, 'command-palette-search');

  await expect(palette.getByRole('textbox')).toHaveAttribute(
    'aria-activedescendant',
    (await hit.getAttribute('id')) ?? 'missing',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(palette).toBeHidden();

  // Opened once, the person is a recent item: first, before anything is typed.
  const again = await openPalette(page);
  await expect(
    again.getByRole('group', { name: 'Recent' }).getByRole('menuitem').first(),
  ).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
});

test('the focused card moves to Done from the palette, on the server too', async ({
  page,
  gotoApp,
  api,
}) => {
  const title = `Palette ${stamp()}`;
  const created = await api<{ data: { createTask: { id: string } } }>('/rest/tasks', {
    method: 'POST',
    body: { title, status: 'TODO' },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.createTask.id;
  made.push(id);

  await gotoApp(`/tasks?q=${encodeURIComponent(title)}`);
  const todo = page.getByRole('region', { name: 'To do', exact: true });
  const card = todo.getByRole('article', { name: title });
  await card.getByRole('link', { name: title }).focus();

  const palette = await openPalette(page);
  const actions = palette.getByRole('group', { name: `Focused task: ${title}` });
  await expect(actions.getByRole('menuitem', { name: 'Move to Done' })).toBeVisible();
  await expect(actions.getByRole('menuitem', { name: 'Assign to…' })).toBeVisible();
  await expect(actions.getByRole('menuitem', { name: 'Due tomorrow' })).toBeVisible();
  await expect(actions.getByRole('menuitem', { name: 'Link to…' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootLightAndDark(page, 'command-palette-actions');

  await page.keyboard.type('done');
  await expect(palette.getByRole('menuitem', { name: 'Move to Done' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();

  const done = page.getByRole('region', { name: 'Done', exact: true });
  await expect(done.getByRole('article', { name: title })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await api<{ data: { task: { status: string } } }>(`/rest/tasks/${id}`)).body.data.task
          .status,
    )
    .toBe('DONE');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the magnifier opens the palette, which fits the screen and passes the accessibility scan', async ({
    page,
    gotoApp,
  }) => {
    await gotoApp('/tasks');
    await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
    // No keyboard on a phone: the magnifier in the top bar opens it.
    await page.getByRole('button', { name: 'Search and commands' }).tap();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette.getByRole('textbox', { name: 'Search or run a command' })).toBeFocused();
    await page.keyboard.type('a');
    await expect(palette.getByRole('menuitem').first()).toBeVisible();
    const box = await palette.boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
    await expectNoSeriousA11yViolations(page);
    await shootLightAndDark(page, 'command-palette-phone');
  });
});
