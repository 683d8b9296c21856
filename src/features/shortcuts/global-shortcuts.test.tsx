import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { GlobalShortcuts } from './global-shortcuts';

function Page() {
  return (
    <>
      <label>
        Notes
        <input />
      </label>
      <label>
        Search tasks
        <input type="search" data-shortcut="search" defaultValue="old search" />
      </label>
      <GlobalShortcuts />
    </>
  );
}

describe('global shortcuts', () => {
  it('? lists the shortcuts in a dialog, and Escape closes it', async () => {
    const { user } = renderWithProviders(<Page />);
    await user.keyboard('?');

    // The dialog's code loads on demand.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const keys = within(dialog)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(keys).toEqual(expect.arrayContaining(['n', '/', 'Esc', '?']));
    expect(dialog).toHaveTextContent('New task');
    expect(dialog).toHaveTextContent('Close a panel or dialog');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('/ focuses the page’s search field, with its text selected to type over', async () => {
    const { user } = renderWithProviders(<Page />);
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search tasks' });
    expect(search).toHaveFocus();
    await user.keyboard('new');
    expect(search).toHaveValue('new');
  });

  it('leaves keys alone while the user types in a field', async () => {
    const { user } = renderWithProviders(<Page />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'a/b?');
    expect(notes).toHaveValue('a/b?');
    expect(notes).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
