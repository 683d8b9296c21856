import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkedTasks } from '@/features/tasks/contact/linked-tasks';
import { fakeRolodex, rolodexSettings } from '@/testing/fake-rolodex';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { LinkedTasksPage } from './linked-tasks-page';

// A contact's tasks, gathered from a list the backend cannot filter by contact: a bounded
// number of pages at a time, with the progress in words.

const route = '/linked/person/contact_1?name=John%20Doe';
const path = '/linked/:kind/:id';

describe('LinkedTasksPage', () => {
  it('lists the contact’s tasks from every page of a short list', async () => {
    const { tasks } = fakeRolodex(server, 12);
    renderWithProviders(<LinkedTasksPage />, { path, route, settings: rolodexSettings });
    expect(await screen.findByRole('status')).toHaveTextContent(/Reading the task list|Read all/);
    expect(await screen.findByText('Read all 12 tasks.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('John Doe');
    const mine = tasks.filter((t) => t.contacts.length > 0).map((t) => t.body);
    expect(screen.getByRole('heading', { name: `${mine.length} tasks` })).toBeVisible();
    expect(
      screen
        .getAllByRole('link', { name: /^Task \d+$/ })
        .map((l) => l.textContent)
        .sort(),
    ).toEqual([...mine].sort());
  });

  it('stops after a bounded number of pages, says so, and reads more only when asked', async () => {
    const { seen } = fakeRolodex(server, 45);
    const { user } = renderWithProviders(
      <LinkedTasks kind="person" id="contact_1" name="John Doe" pageSize={10} pagesPerStep={3} />,
      { path, route, settings: rolodexSettings },
    );
    expect(
      await screen.findByText(
        'Read the first 30 of 45 tasks; more tasks may be linked further on.',
      ),
    ).toBeVisible();
    expect(seen.map((p) => p.get('offset'))).toEqual(['0', '10', '20']);
    await user.click(screen.getByRole('button', { name: 'Read 30 more tasks' }));
    expect(await screen.findByText('Read all 45 tasks.')).toBeVisible();
    expect(seen.map((p) => p.get('offset'))).toEqual(['0', '10', '20', '30', '40']);
  });
});
