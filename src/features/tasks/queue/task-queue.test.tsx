import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_FILTERS } from '../board-params';
import { fakeRolodex, rolodexSettings } from '@/testing/fake-rolodex';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskQueue } from './task-queue';

// On a read-only backend the queue still walks the open tasks, but offers no Done or Snooze,
// and their keys do nothing.

describe('TaskQueue on a read-only backend', () => {
  it('shows the open tasks one at a time, with skip only', async () => {
    const { tasks } = fakeRolodex(server, 6);
    const open = tasks.filter((task) => task.completed_at === null);
    const { user } = renderWithProviders(
      <TaskQueue filters={DEFAULT_BOARD_FILTERS} boardSearch="" renderRecord={() => null} />,
      { path: '/tasks/queue', route: '/tasks/queue', settings: rolodexSettings },
    );
    const first = await screen.findByRole('heading', { level: 2 });
    expect(screen.getByText(`1 of ${open.length}`)).toBeVisible();
    expect(screen.getByText(/Read-only/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Snooze to tomorrow' })).toBeNull();

    const title = first.textContent;
    await user.keyboard('d');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title ?? '');
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.getByText(`2 of ${open.length}`)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveTextContent(title ?? '');
  });

  it('a backend that cannot list tasks says there is no queue, and asks for nothing', async () => {
    const { seen } = fakeRolodex(server, 3);
    renderWithProviders(
      <TaskQueue filters={DEFAULT_BOARD_FILTERS} boardSearch="" renderRecord={() => null} />,
      {
        path: '/tasks/queue',
        route: '/tasks/queue',
        settings: { ...rolodexSettings, kind: 'peoplelogic' },
      },
    );
    expect(await screen.findByRole('heading', { name: 'Nothing to work through' })).toBeVisible();
    expect(screen.getByText(/cannot list them/)).toBeVisible();
    expect(seen).toEqual([]);
  });
});
