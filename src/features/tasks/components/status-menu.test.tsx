import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StatusMenu } from './status-menu';

// The menu's code loads on the trigger's first hover, focus or press. Loading it once here keeps
// the test runner's first transform of React Aria out of the one-second finds below.
beforeAll(() => import('./status-menu-popover'));

function renderMenu(status: 'TODO' | 'IN_PROGRESS' | 'DONE' | null = 'TODO') {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<StatusMenu title="Call Ada" status={status} onChange={onChange} />);
  const trigger = screen.getByRole('button', { name: 'Status of Call Ada: To do. Change status' });
  return { user, onChange, trigger };
}

describe('StatusMenu', () => {
  it('opens with the arrow key, moves and picks with the keyboard, then gives the focus back', async () => {
    const { user, onChange, trigger } = renderMenu();
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');

    trigger.focus();
    await user.keyboard('{ArrowDown}');
    const menu = await screen.findByRole('menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'To do' })).toHaveFocus();
    expect(screen.getByRole('menuitemradio', { name: 'To do' })).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledWith('DONE');
    expect(menu).not.toBeInTheDocument();
    // React Aria gives the focus back once the popover has gone, a frame later.
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('closes on Escape without a change', async () => {
    const { user, onChange, trigger } = renderMenu();
    await user.click(trigger);
    await screen.findByRole('menu');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    // React Aria gives the focus back in the next animation frame.
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('picks a status with the pointer', async () => {
    const { user, onChange, trigger } = renderMenu();
    await user.click(trigger);
    await user.click(await screen.findByRole('menuitemradio', { name: 'In progress' }));
    expect(onChange).toHaveBeenCalledWith('IN_PROGRESS');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
