import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskBoardPage } from '@/app/routes/board-page';
// Imported here so the page's lazy import of the list finds it ready, as a prefetch would.
import './task-list-view';

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.listen();
});

const at = (days: number, hours: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours).toISOString();
};
const seed = (n: number, fields: Record<string, unknown>) =>
  api.task(uuid(n, 'b'), {
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    status: 'TODO',
    ...fields,
  });

const group = (name: string) =>
  screen.getByRole('heading', { name: new RegExp(`^${name}`) }).closest('section')!;

describe('TaskListView', () => {
  it(
    'shows each task in its due-date group, Done closed, and moves a row when its status changes',
    { timeout: 15_000 },
    async () => {
      seed(1, { title: 'Late call', dueAt: at(-3, 9) });
      seed(2, { title: 'Tomorrow email', dueAt: at(1, 10) });
      seed(3, { title: 'Someday', dueAt: null });
      seed(4, { title: 'Finished', status: 'DONE', dueAt: at(-1, 9) });
      const { user } = renderWithProviders(<TaskBoardPage />, {
        path: '/tasks',
        route: '/tasks?view=list',
      });

      // Seven groups, seven requests: the first rows may take a moment on a busy machine.
      const first = { timeout: 4000 };
      await screen.findByRole('heading', { name: /^Overdue/ }, first);
      expect(
        await within(group('Overdue')).findByRole('link', { name: 'Late call' }, first),
      ).toBeVisible();
      expect(
        await within(group('Tomorrow')).findByRole('link', { name: 'Tomorrow email' }),
      ).toBeVisible();
      expect(await within(group('No date')).findByRole('link', { name: 'Someday' })).toBeVisible();
      expect(within(group('Today')).getByText('Nothing due today.')).toBeVisible();

      // Done is closed: its count shows, its rows do not.
      const done = within(group('Done')).getByRole('button', { name: /^Done/ });
      expect(done).toHaveAttribute('aria-expanded', 'false');
      await waitFor(() => expect(done).toHaveTextContent('Done1'));
      expect(screen.queryByRole('link', { name: 'Finished' })).toBeNull();

      // Each group is its own request with its own window, open tasks only outside Done.
      const filters = api.requests('GET', '/rest/tasks').map((r) => r.params.get('filter') ?? '');
      expect(filters.filter((f) => f.includes('status[neq]:"DONE"'))).toHaveLength(6);
      expect(filters.some((f) => f.includes('status[eq]:"DONE"'))).toBe(true);

      // A status change in place: the row leaves Overdue for Done, and the server is told.
      await user.click(
        within(group('Overdue')).getByRole('button', { name: /Status of Late call/ }),
      );
      await user.click(await screen.findByRole('menuitemradio', { name: 'Done' }));
      await waitFor(() =>
        expect(within(group('Overdue')).queryByRole('link', { name: 'Late call' })).toBeNull(),
      );
      await waitFor(() =>
        expect(api.requests('PATCH', `/rest/tasks/${uuid(1, 'b')}`)).toHaveLength(1),
      );
      await user.click(done);
      expect(await within(group('Done')).findByRole('link', { name: 'Late call' })).toBeVisible();
    },
  );

  it('says "Nothing due" when no open task is left, and offers to clear filters', async () => {
    seed(1, { title: 'Late call', dueAt: at(-3, 9) });
    const { user, router } = renderWithProviders(<TaskBoardPage />, {
      path: '/tasks',
      route: '/tasks?view=list&q=nomatch',
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: 'No open tasks match these filters' },
        { timeout: 4000 },
      ),
    ).toBeVisible();
    // The empty state's own button (the filters bar has one too).
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('list');
    await screen.findByRole('heading', { name: /^Overdue/ });
    expect(await within(group('Overdue')).findByRole('link', { name: 'Late call' })).toBeVisible();
  });

  it('says which group failed to load, and Retry reads that group again', async () => {
    seed(1, { title: 'Late call', dueAt: at(-3, 9) });
    // Only the Overdue group's request fails (its window has no lower bound).
    api.fail('GET /rest/tasks', {
      status: 400,
      message: 'Workspace is being migrated',
      when: (request) => {
        const filter = request.params.get('filter') ?? '';
        return filter.includes('dueAt[lt]') && !filter.includes('dueAt[gte]');
      },
    });
    const { user } = renderWithProviders(<TaskBoardPage />, {
      path: '/tasks',
      route: '/tasks?view=list',
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('Could not load overdue');
    expect(within(group('Tomorrow')).getByText('Nothing due tomorrow.')).toBeVisible();

    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(group('Overdue')).findByRole('link', { name: 'Late call' })).toBeVisible();
  });
});
