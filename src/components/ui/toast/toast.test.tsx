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
});
