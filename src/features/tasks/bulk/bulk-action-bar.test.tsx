import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TaskBoardPage } from '@/app/routes/board-page';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { BulkBarHost } from './bulk-bar-host';
import { TaskSelectionProvider, useRunBulkAction } from './use-task-selection';
// Loaded up front, as a browser has it by the first click (the host loads it when idle).
import './bulk-layer';

// The board with the app frame's selection and bulk bar, against the fake Dalil API: boxes on
// the cards, a shift-range, the bar's status action, a failure with its reason, and a retry
// that sends only the failed task again.

const IDS = [uuid(1, 'b'), uuid(2, 'b'), uuid(3, 'b')];
const TITLES = ['Call Ada', 'Email Bob', 'Write Cy'];

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  IDS.forEach((id, i) => api.task(id, { title: TITLES[i], position: i }));
  api.listen();
});

/** What a command palette does: runs an action on the selection from outside the bar. */
function PaletteStandIn() {
  const run = useRunBulkAction();
  return (
    <button type="button" onClick={() => run({ kind: 'status', status: 'IN_PROGRESS' })}>
      Palette: start the selected
    </button>
  );
}

function renderBoard() {
  return renderWithProviders(
    <TaskSelectionProvider>
      <PaletteStandIn />
      <TaskBoardPage />
      <BulkBarHost />
    </TaskSelectionProvider>,
    { path: '/tasks', route: '/tasks' },
  );
}

const patches = (id: string) =>
  api.log.filter((r) => r.method === 'PATCH' && r.path === `/rest/tasks/${id}`).length;

describe('bulk action bar', () => {
  it(
    'selects with a click and a shift-click, reports a failure with its reason, and retries only it',
    { timeout: 30000 },
    async () => {
      const { user } = renderBoard();
      const todo = await screen.findByRole('region', { name: 'To do' });
      const boxes = await within(todo).findAllByRole('checkbox', { name: /^Select / });
      expect(boxes).toHaveLength(3);
      await user.click(boxes[0]!);
      const bar = await screen.findByRole('toolbar', { name: 'Actions on 1 task selected' });
      await user.keyboard('{Shift>}');
      await user.click(boxes[2]!);
      await user.keyboard('{/Shift}');
      expect(within(bar).getByText('3 selected')).toBeInTheDocument();
      for (const box of boxes) expect(box).toBeChecked();

      const failing = IDS[1]!;
      api.fail('PATCH /rest/tasks/:id', {
        status: 400,
        message: 'Status is locked',
        when: (request) => request.path.endsWith(failing),
      });
      await user.click(within(bar).getByRole('button', { name: 'Status' }));
      expect(within(bar).getByRole('button', { name: 'Status' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      await user.click(
        await screen.findByRole('menuitemradio', { name: 'Done' }, { timeout: 5000 }),
      );

      const progress = await screen.findByRole('progressbar', { name: 'Moving to Done' });
      await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '3'));
      expect(progress).toHaveAttribute('aria-valuetext', '3 of 3');
      expect(await screen.findByText('2 changed, 1 failed')).toBeInTheDocument();
      const failed = within(screen.getByRole('list', { name: 'Not changed' })).getAllByRole(
        'listitem',
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toHaveTextContent('Email Bob');
      expect(failed[0]).toHaveTextContent('Status is locked');
      // Said once, in a live region, when the batch ends.
      expect(screen.getByText('Moved 2 tasks to Done. 1 failed.')).toHaveAttribute(
        'role',
        'status',
      );

      api.recover();
      await user.click(screen.getByRole('button', { name: 'Retry failed (1)' }));
      expect(await screen.findByText('3 changed')).toBeInTheDocument();
      // Each task's status was sent once, but the one that failed: twice.
      expect(IDS.map(patches)).toEqual([1, 2, 1]);
      expect(api.tasks.get(failing)?.status).toBe('DONE');
    },
  );

  it('clears the selection with Escape, and hides the bar', { timeout: 30000 }, async () => {
    // (x and Shift+x on a focused card: test/e2e/bulk-actions.spec.ts, in a real browser.)
    const { user } = renderBoard();
    const todo = await screen.findByRole('region', { name: 'To do' });
    await user.click(await within(todo).findByRole('checkbox', { name: 'Select Call Ada' }));
    await screen.findByRole('toolbar', { name: 'Actions on 1 task selected' });
    await user.keyboard('{Escape}');
    expect(within(todo).getByRole('checkbox', { name: 'Select Call Ada' })).not.toBeChecked();
    await waitFor(() => expect(screen.queryByRole('toolbar')).not.toBeInTheDocument());
  });

  it(
    'runs an action asked for from outside the bar on the selected tasks',
    { timeout: 30000 },
    async () => {
      const { user } = renderBoard();
      const todo = await screen.findByRole('region', { name: 'To do' });
      await user.click(await within(todo).findByRole('checkbox', { name: 'Select Write Cy' }));
      await screen.findByRole('toolbar', { name: 'Actions on 1 task selected' });
      await user.click(screen.getByRole('button', { name: 'Palette: start the selected' }));
      expect(await screen.findByText('1 changed')).toBeInTheDocument();
      expect(api.tasks.get(IDS[2]!)?.status).toBe('IN_PROGRESS');
      expect(api.tasks.get(IDS[0]!)?.status).toBe('TODO');
    },
  );
});
