import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TaskBoardPage } from '@/app/routes/board-page';
import { createFakeDalilApi, MEMBER, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';

// The menu's code loads on the button's first hover, focus or press; loading it once here keeps
// the test runner's first transform of React Aria out of the finds below.
beforeAll(() => import('./assignee-menu'));

const TASK = uuid(1, 'b');
const LINUS = uuid(2, 'f');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.member(LINUS, 'Linus Torvalds');
  api.task(TASK, { title: 'Call Ada' });
  api.listen();
});

const serverAssignee = () => api.tasks.get(TASK)?.assigneeId ?? null;

/** The menu, once open: its first draw in a file is React Aria's first popover, slow on a busy
 *  machine, so the find waits longer than the default second. */
const findMenu = () =>
  screen.findByRole('dialog', { name: 'Assignee of Call Ada' }, { timeout: 4000 });

async function renderCard() {
  const rendered = renderWithProviders(<TaskBoardPage />, { path: '/tasks', route: '/tasks' });
  const card = await screen.findByRole('article', { name: 'Call Ada' });
  return { ...rendered, card };
}

// Each test draws the whole board; on a loaded machine that alone can take seconds.
describe('The card’s assignee button', { timeout: 15_000 }, () => {
  it('opens a searchable member menu from the unassigned icon, saves the pick at once and keeps the focus on the card', async () => {
    const { user, card } = await renderCard();
    const button = within(card).getByRole('button', { name: 'Assign Call Ada' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveTextContent('Unassigned — click to assign');

    await user.click(button);
    const menu = await findMenu();
    const search = within(menu).getByRole('searchbox', { name: 'Search members' });
    await waitFor(() => expect(search).toHaveFocus());
    expect(await within(menu).findByRole('menuitemradio', { name: 'Grace Hopper' })).toBeVisible();
    expect(within(menu).getByRole('menuitemradio', { name: 'Unassigned' })).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await user.keyboard('lin');
    await waitFor(() =>
      expect(within(menu).queryByRole('menuitemradio', { name: 'Grace Hopper' })).toBeNull(),
    );
    // The search goes to the server, not through a list of every member.
    expect(api.calls(/workspaceMembers/).some((call) => call.includes('lin'))).toBe(true);
    await user.keyboard('{ArrowDown}{Enter}');

    expect(screen.queryByRole('dialog', { name: 'Assignee of Call Ada' })).toBeNull();
    // Shown before the server answers: the button is the same element, now named for Linus.
    expect(button).toHaveAccessibleName('Assignee of Call Ada: Linus Torvalds. Change assignee');
    await waitFor(() => expect(button).toHaveFocus());
    await waitFor(() => expect(serverAssignee()).toBe(LINUS));
    expect(
      await screen.findByRole('alertdialog', { name: 'Assigned "Call Ada" to Linus Torvalds' }),
    ).toBeInTheDocument();
  });

  it('changes an assignee to none, and Undo puts the assignee back with its name', async () => {
    api.task(TASK, { title: 'Call Ada', assigneeId: MEMBER.id });
    const { user, card } = await renderCard();
    await user.click(
      within(card).getByRole('button', {
        name: 'Assignee of Call Ada: Grace Hopper. Change assignee',
      }),
    );
    const menu = await findMenu();
    expect(
      await within(menu).findByRole('menuitemradio', { name: 'Grace Hopper' }),
    ).toHaveAttribute('aria-checked', 'true');
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Unassigned' }));
    expect(within(card).getByRole('button', { name: 'Assign Call Ada' })).toBeInTheDocument();
    await waitFor(() => expect(serverAssignee()).toBeNull());

    const toast = await screen.findByRole('alertdialog', { name: 'Unassigned "Call Ada"' });
    expect(toast).toHaveTextContent('It was assigned to Grace Hopper.');
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(
      within(card).getByRole('button', {
        name: 'Assignee of Call Ada: Grace Hopper. Change assignee',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(serverAssignee()).toBe(MEMBER.id));
  });

  it('puts the card back and says so when the server refuses the change', async () => {
    const { user, card } = await renderCard();
    server.use(
      http.patch('*/rest/tasks/:id', () =>
        HttpResponse.json(
          { statusCode: 400, error: 'BadRequestException', messages: ['Refused for the test'] },
          { status: 400 },
        ),
      ),
    );
    await user.click(within(card).getByRole('button', { name: 'Assign Call Ada' }));
    const menu = await findMenu();
    await user.click(await within(menu).findByRole('menuitemradio', { name: 'Linus Torvalds' }));
    expect(
      await screen.findByRole('alertdialog', {
        name: 'Could not change the assignee of "Call Ada"',
      }),
    ).toHaveTextContent('It is back as it was.');
    expect(within(card).getByRole('button', { name: 'Assign Call Ada' })).toBeInTheDocument();
    expect(serverAssignee()).toBeNull();
  });

  it('closes on Escape without a change, the focus back on the button', async () => {
    const { user, card } = await renderCard();
    const button = within(card).getByRole('button', { name: 'Assign Call Ada' });
    await user.click(button);
    await findMenu();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Assignee of Call Ada' })).toBeNull();
    await waitFor(() => expect(button).toHaveFocus());
    expect(api.requests('PATCH', `/rest/tasks/${TASK}`)).toHaveLength(0);
  });
});
