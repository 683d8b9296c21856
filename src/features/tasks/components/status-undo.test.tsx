import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TaskBoardPage } from '@/app/routes/board-page';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';

const TASK = uuid(1, 'b');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.task(TASK, { title: 'Call Ada' });
  api.listen();
});

const column = (name: string) => screen.getByRole('region', { name });
const serverStatus = () => api.tasks.get(TASK)?.status;

async function moveToDone() {
  const rendered = renderWithProviders(<TaskBoardPage />, { path: '/tasks', route: '/tasks' });
  const { user } = rendered;
  await within(column('To do')).findByRole('article', { name: 'Call Ada' });
  await user.click(screen.getByRole('button', { name: /Status of Call Ada: To do/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: 'Done' }));
  await within(column('Done')).findByRole('article', { name: 'Call Ada' });
  await waitFor(() => expect(serverStatus()).toBe('DONE'));
  return rendered;
}

describe('Undo of a status move', () => {
  it('moves the card back, on the server and on the board, from the toast', async () => {
    const { user } = await moveToDone();
    const toast = await screen.findByRole('alertdialog', { name: 'Moved "Call Ada" to Done' });
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    await waitFor(() => expect(serverStatus()).toBe('TODO'));
    expect(within(column('Done')).queryByRole('article', { name: 'Call Ada' })).toBeNull();
  });

  it('runs on Ctrl+Z while the toast shows, and says so when the server refuses', async () => {
    const { user } = await moveToDone();
    await screen.findByRole('alertdialog', { name: 'Moved "Call Ada" to Done' });
    api.fail('PATCH /rest/tasks/:id');
    await user.keyboard('{Control>}z{/Control}');
    expect(
      await screen.findByRole('alertdialog', { name: 'Could not undo the move of "Call Ada"' }),
    ).toBeInTheDocument();
    // Refused: the card stays where the server has it.
    await within(column('Done')).findByRole('article', { name: 'Call Ada' });
    expect(serverStatus()).toBe('DONE');
  });
});
