import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router-dom';
import { TaskBoardPage } from '@/app/routes/board-page';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderRoutes } from '@/testing/test-utils';
// Loaded up front, as the browser has it prefetched by the time Ctrl+K is pressed.
import '@/features/tasks/palette/palette-root';
import { AppLayout } from './layout/app-layout';

const TASK = uuid(1, 'b');
const ADA = uuid(2, 'c');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.task(TASK, { title: 'Call Ada' });
  api.person(ADA, 'Ada Lovelace');
  api.listen();
});

// The real layout (where Ctrl+K lives) around the real board, and a stand-in person page.
const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/tasks', element: <TaskBoardPage /> },
      { path: '/people/:id', element: <h1>Person page</h1> },
    ],
  },
];

const column = (name: string) => screen.getByRole('region', { name });
// The palette's first render waits on its lazy part, which a busy machine takes a while to give.
const findPalette = () =>
  screen.findByRole('dialog', { name: 'Command palette' }, { timeout: 5000 });

// A journey through the lazily loaded palette and the real board: slower than a unit test on a
// busy machine.
describe('command palette', { timeout: 15_000 }, () => {
  it('opens with Ctrl+K, finds a person by name on the server, and Enter goes there', async () => {
    const { user, router } = renderRoutes(routes, { route: '/tasks' });
    await within(column('To do')).findByRole('article', { name: 'Call Ada' });

    await user.keyboard('{Control>}k{/Control}');
    const palette = await findPalette();
    const field = within(palette).getByRole('textbox', { name: 'Search or run a command' });
    expect(field).toHaveFocus();

    await user.keyboard('lovelace');
    const hit = await within(palette).findByRole('menuitem', { name: /Ada Lovelace/ });
    expect(hit).toHaveTextContent('Person');
    // The first hit is highlighted as the typing settles, so Enter takes it.
    await waitFor(() => expect(field).toHaveAttribute('aria-activedescendant', hit.id));
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Person page' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/people/${ADA}`);
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();

    // Opened once, it is among the recent items, before anything is typed.
    await user.keyboard('{Control>}k{/Control}');
    const again = await findPalette();
    const recent = within(again).getByRole('group', { name: 'Recent' });
    expect(within(recent).getByRole('menuitem', { name: /Ada Lovelace/ })).toBeVisible();
  });

  it('moves the focused card to Done, on the server', async () => {
    const { user } = renderRoutes(routes, { route: '/tasks' });
    const card = await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    act(() => within(card).getByRole('link', { name: 'Call Ada' }).focus());

    await user.keyboard('{Control>}k{/Control}');
    const palette = await findPalette();
    const actions = await within(palette).findByRole('group', { name: 'Focused task: Call Ada' });
    expect(within(actions).getByRole('menuitem', { name: 'Assign to…' })).toBeVisible();
    expect(within(actions).getByRole('menuitem', { name: 'Link to…' })).toBeVisible();
    // Already in To do: no move there.
    expect(within(actions).queryByRole('menuitem', { name: 'Move to To do' })).toBeNull();

    await user.keyboard('done');
    const move = within(palette).getByRole('menuitem', { name: 'Move to Done' });
    await user.click(move);

    await within(column('Done')).findByRole('article', { name: 'Call Ada' });
    await waitFor(() => expect(api.tasks.get(TASK)?.status).toBe('DONE'));
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
  });

  it('without a focused task it offers no task actions, and Escape closes it', async () => {
    const { user } = renderRoutes(routes, { route: '/tasks' });
    await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await findPalette();
    expect(within(palette).queryByRole('menuitem', { name: /^Move to/ })).toBeNull();
    expect(within(palette).getByRole('menuitem', { name: 'Create a task' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
  });

  it('on a person’s page creates a task linked to that person, in the New task dialog', async () => {
    const { user } = renderRoutes(routes, { route: `/people/${ADA}` });
    await screen.findByRole('heading', { name: 'Person page' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await findPalette();
    await user.click(
      await within(palette).findByRole('menuitem', {
        name: 'Create a task linked to Ada Lovelace',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New task' });
    expect(within(dialog).getByText('Ada Lovelace')).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
  });

  it('assigns the focused card to a member found by name', async () => {
    const KATHERINE = uuid(3, 'd');
    api.member(KATHERINE, 'Katherine Johnson');
    const { user } = renderRoutes(routes, { route: '/tasks' });
    const card = await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    act(() => within(card).getByRole('link', { name: 'Call Ada' }).focus());

    await user.keyboard('{Control>}k{/Control}');
    const palette = await findPalette();
    await user.click(await within(palette).findByRole('menuitem', { name: 'Assign to…' }));
    const step = await screen.findByRole('dialog', { name: 'Assign “Call Ada”' });
    await user.keyboard('johnson');
    await user.click(await within(step).findByRole('menuitem', { name: /Katherine Johnson/ }));

    await waitFor(() => expect(api.tasks.get(TASK)?.assigneeId).toBe(KATHERINE));
    expect(screen.queryByRole('dialog', { name: 'Assign “Call Ada”' })).not.toBeInTheDocument();
  });
});
