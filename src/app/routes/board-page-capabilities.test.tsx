import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { fakeRolodex, rolodexSettings } from '@/testing/fake-rolodex';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskBoardPage } from './board-page';

// The board a backend gets is chosen by its capabilities: Rolodex (a list it cannot filter,
// offset pages, tags, read-only) and Peoplelogic (no list at all, create on one entity).

const renderBoard = (settings = rolodexSettings, route = '/tasks') =>
  renderWithProviders(<TaskBoardPage />, { path: '/tasks', route, settings });

describe('TaskBoardPage on a read-only, unfiltered list (Rolodex)', () => {
  it('splits one page into Open and Completed, and offers nothing that changes a task', async () => {
    const { tasks } = fakeRolodex(server, 12);
    renderBoard();
    const open = await screen.findByRole('region', { name: /^Open/ });
    const completed = screen.getByRole('region', { name: /^Completed/ });
    expect(screen.queryByRole('region', { name: /In progress/ })).toBeNull();
    const titles = (region: HTMLElement) =>
      within(region)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-label'))
        .sort();
    expect(await within(open).findAllByRole('article')).toHaveLength(8);
    expect(titles(open)).toEqual(
      tasks
        .filter((t) => !t.completed_at)
        .map((t) => t.body)
        .sort(),
    );
    expect(titles(completed)).toEqual(
      tasks
        .filter((t) => t.completed_at)
        .map((t) => t.body)
        .sort(),
    );
    expect(screen.queryByRole('button', { name: /New task|Move|Status/ })).toBeNull();
    expect(
      screen.getByText('Read-only: this backend lets tasks be read, not changed.'),
    ).toBeVisible();
    expect(within(open).getAllByRole('list', { name: 'Contacts' })[0]).toHaveTextContent(
      'John Doe',
    );
  });

  it('pages by offset and orders by due date both ways', async () => {
    const { seen } = fakeRolodex(server, 30);
    const { user } = renderBoard();
    const pages = screen.getByRole('navigation', { name: 'Pages' });
    expect(await within(pages).findByText('Tasks 1–25 of 30')).toBeVisible();
    expect(within(pages).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await within(pages).findByText('Tasks 26–30 of 30')).toBeVisible();
    expect(within(pages).getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(seen.map((p) => p.get('offset'))).toEqual(['0', '25']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), [
      'Due date, latest first',
    ]);
    expect(await within(pages).findByText('Tasks 1–25 of 30')).toBeVisible();
    expect(seen.at(-1)?.get('order_by')).toBe('due_date:desc');
    expect(seen.at(-1)?.get('offset')).toBe('0');
  });

  it('filters the page shown by tag, and says the filter is on this page only', async () => {
    fakeRolodex(server, 10);
    const { user } = renderBoard();
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect(tag).toHaveAccessibleDescription(/applies to the page shown/);
    await screen.findAllByRole('article');
    await user.selectOptions(tag, ['Sales']);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(5);
    for (const card of cards) {
      expect(within(card).getByRole('list', { name: 'Tags' })).toHaveTextContent('Sales');
    }
  });
});

describe('TaskBoardPage without a task list (Peoplelogic)', () => {
  it('shows the local Recent tasks, labelled as local, and the create-on-an-entity form', async () => {
    // No handler is installed: any request would fail the test (there is no list to ask).
    renderBoard({ ...rolodexSettings, kind: 'peoplelogic' });
    // These screens' code loads on demand: only backends without a task list need it.
    expect(
      await screen.findByRole('heading', { name: 'Recent tasks (this browser only)' }),
    ).toBeVisible();
    expect(screen.getByText(/This backend cannot list tasks/)).toBeVisible();
    const form = screen.getByRole('form', { name: 'New task on an entity' });
    expect(within(form).getByLabelText('Entity id')).toBeVisible();
    expect(screen.queryByRole('region', { name: /To do|Open/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /New task/ })).toBeNull();
  });
});
