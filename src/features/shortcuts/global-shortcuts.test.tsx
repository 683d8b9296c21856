import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { GlobalShortcuts } from './global-shortcuts';

function Page({ onNewTask }: { onNewTask?: () => null }) {
  return (
    <>
      <label>
        Notes
        <input />
      </label>
      <label>
        Story
        <textarea />
      </label>
      <div contentEditable suppressContentEditableWarning aria-label="Rich text" role="textbox" />
      <label>
        Search tasks
        <input type="search" data-shortcut="search" defaultValue="old search" />
      </label>
      <GlobalShortcuts
        renderNewTask={
          onNewTask
            ? (close) => (
                <div role="dialog" aria-label="New task">
                  <button type="button" onClick={close}>
                    Cancel
                  </button>
                  {onNewTask()}
                </div>
              )
            : undefined
        }
      />
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
    expect(keys).toEqual(expect.arrayContaining(['n', 'c', '/', 'Esc', '?', 'j', 'k', 's']));
    expect(dialog).toHaveTextContent('New task');
    expect(dialog).toHaveTextContent('Go to people');
    expect(dialog).toHaveTextContent('Close a panel or dialog');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('the shell’s “?” button opens the same list, for those who do not know the key', async () => {
    const { user } = renderWithProviders(<Page />);
    await user.click(screen.getByRole('button', { name: /keyboard shortcuts/i }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  it('/ focuses the page’s search field, with its text selected to type over', async () => {
    const { user } = renderWithProviders(<Page />);
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search tasks' });
    expect(search).toHaveFocus();
    await user.keyboard('new');
    expect(search).toHaveValue('new');
  });

  it('g then p goes to People, g then t to Tasks', async () => {
    const { user, router } = renderWithProviders(<Page />);
    await user.keyboard('gp');
    expect(router.state.location.pathname).toBe('/people');
    expect(await screen.findByTestId('navigated-to')).toHaveTextContent('/people');
  });

  it('n and c open New task where no page claimed them; g c goes to Companies instead', async () => {
    let opened = 0;
    const { user, router } = renderWithProviders(<Page onNewTask={() => ((opened += 1), null)} />);
    await user.keyboard('c');
    expect(screen.getByRole('dialog', { name: 'New task' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('n');
    expect(screen.getByRole('dialog', { name: 'New task' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const before = opened;

    await user.keyboard('gc');
    expect(router.state.location.pathname).toBe('/companies');
    expect(opened).toBe(before);
  });

  it('leaves keys alone while the user types in an input, a textarea or rich text', async () => {
    const { user, router } = renderWithProviders(<Page onNewTask={() => null} />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'a/b?ncgp');
    expect(notes).toHaveValue('a/b?ncgp');
    expect(notes).toHaveFocus();

    const story = screen.getByRole('textbox', { name: 'Story' });
    await user.type(story, 'gt n?');
    expect(story).toHaveValue('gt n?');

    await user.click(screen.getByRole('textbox', { name: 'Rich text' }));
    await user.keyboard('gpn?');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('does nothing while a dialog is open: the keys are the dialog’s', async () => {
    const { user, router } = renderWithProviders(<Page onNewTask={() => null} />);
    await user.keyboard('n');
    expect(screen.getByRole('dialog', { name: 'New task' })).toBeVisible();
    await user.keyboard('gp?');
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });
});
