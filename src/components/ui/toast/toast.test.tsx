import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/test-utils';
import { Button } from '../button';
import { useToast } from './use-toast';

function UnlinkButton({ onUndo }: { onUndo: () => void }) {
  const toast = useToast();
  return (
    <Button
      onClick={() =>
        toast.show({
          title: 'Unlinked from Ada Lovelace',
          description: 'The task itself was kept.',
          action: { label: 'Undo', onClick: onUndo },
          tone: 'success',
        })
      }
    >
      Unlink
    </Button>
  );
}

describe('toasts', () => {
  it('shows a message whose action runs and then closes it', async () => {
    const onUndo = vi.fn();
    const { user } = renderWithProviders(<UnlinkButton onUndo={onUndo} />);

    await user.click(screen.getByRole('button', { name: 'Unlink' }));
    const toasts = await screen.findByRole('region', { name: /notification/i });
    expect(toasts).toHaveTextContent('Unlinked from Ada Lovelace');
    expect(toasts).toHaveTextContent('The task itself was kept.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Unlinked from Ada Lovelace')).not.toBeInTheDocument();
  });

  it('can be dismissed without acting', async () => {
    const onUndo = vi.fn();
    const { user } = renderWithProviders(<UnlinkButton onUndo={onUndo} />);
    await user.click(screen.getByRole('button', { name: 'Unlink' }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss notification' }));
    expect(screen.queryByText('Unlinked from Ada Lovelace')).not.toBeInTheDocument();
    expect(onUndo).not.toHaveBeenCalled();
  });

  it('is reached and acted on with the keyboard', async () => {
    const onUndo = vi.fn();
    const { user } = renderWithProviders(<UnlinkButton onUndo={onUndo} />);
    await user.click(screen.getByRole('button', { name: 'Unlink' }));
    await screen.findByRole('alertdialog', { name: 'Unlinked from Ada Lovelace' });
    const undo = screen.getByRole('button', { name: 'Undo' });
    // From the page, Tab goes on into the toast and reaches its action.
    for (let step = 0; step < 3 && document.activeElement !== undo; step += 1) await user.tab();
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Unlinked from Ada Lovelace')).not.toBeInTheDocument();
  });
});
