import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createFakeDalilApi,
  MEMBER,
  uuid,
  type FakeDalilApi,
  type Target,
} from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskBoardPage } from '@/app/routes/board-page';

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(uuid(1, 'a'), 'Ada Lovelace');
  api.company(uuid(1, 'c'), 'Acme');
  api.opportunity(uuid(1, 'd'), 'Big deal');
  api.listen();
});

/** Task n, made n minutes into 2026, so newest first is the reverse of n. */
const seedTask = (n: number, over: Record<string, unknown> = {}, targets: Target[] = []) =>
  api.task(
    uuid(n, 'b'),
    { createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), ...over },
    targets,
  );

const renderBoard = (route = '/tasks') =>
  renderWithProviders(<TaskBoardPage />, { path: '/tasks', route });

const column = (name: string) => screen.getByRole('region', { name });
const taskFilters = () =>
  api.requests('GET', '/rest/tasks').map((req) => req.params.get('filter') ?? '');

describe('TaskBoardPage filters, sort and paging', () => {
  it('reads its view from the URL, asks the server for it, and writes changes back', async () => {
    seedTask(1, { title: 'Call Ada', dueAt: '2020-03-01T10:00:00Z' });
    seedTask(2, { title: 'Email Bob', dueAt: '2020-03-01T10:00:00Z' });
    const { user, router } = renderBoard('/tasks?q=call&due=overdue&sort=createdAt');

    // The filters bar's code loads beside the columns.
    expect(await screen.findByRole('searchbox', { name: 'Search tasks' })).toHaveValue('call');
    expect(screen.getByRole('combobox', { name: 'Due' })).toHaveValue('overdue');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('createdAt');
    expect(await within(column('To do')).findByRole('article', { name: 'Call Ada' })).toBeVisible();
    expect(within(column('To do')).queryByRole('article', { name: 'Email Bob' })).toBeNull();
    const first = api.requests('GET', '/rest/tasks')[0]!;
    expect(first.params.get('filter')).toContain('title[ilike]:"%call%"');
    expect(first.params.get('order_by')).toBe('createdAt[DescNullsLast]');

    await user.type(screen.getByRole('combobox', { name: 'Assignee' }), 'hop');
    await user.click(await screen.findByRole('option', { name: 'Grace Hopper' }));
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Grace Hopper');
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      q: 'call',
      due: 'overdue',
      sort: 'createdAt',
      assignee: MEMBER.id,
    });
    await waitFor(() =>
      expect(taskFilters().some((filter) => filter.includes(`assigneeId[eq]:"${MEMBER.id}"`))).toBe(
        true,
      ),
    );
  });

  it('ignores URL values it does not understand', async () => {
    seedTask(1, { title: 'Call Ada' });
    renderBoard('/tasks?due=someday&sort=random&assignee=%22%3Bdrop&linked=planet');
    // The filters bar follows the first cards.
    expect(await screen.findByRole('combobox', { name: 'Due' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('dueAt');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('');
    expect(await screen.findByRole('article', { name: 'Call Ada' })).toBeVisible();
  });

  it('searches once typing pauses, not on every keystroke', async () => {
    seedTask(1, { title: 'Call Ada' });
    const { user, router } = renderBoard();
    await screen.findByRole('article', { name: 'Call Ada' });

    await user.type(await screen.findByRole('searchbox', { name: 'Search tasks' }), 'email');
    await waitFor(() => expect(router.state.location.search).toBe('?q=email'));
    expect(await within(column('To do')).findByRole('heading', { name: 'No matching tasks' }));
    const searched = taskFilters().filter((filter) => filter.includes('ilike'));
    expect(searched.every((filter) => filter.includes('"%email%"'))).toBe(true);
    expect(searched).toHaveLength(3);

    await user.click(within(column('To do')).getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue('');
  });

  it(
    'loads the next page as the window nears the end of a column, with the cursor, and fetches chip names once per page',
    { timeout: 15_000 },
    async () => {
      for (let n = 1; n <= 70; n++) {
        seedTask(n, { title: `Task ${n}` }, [{ personId: uuid(((n - 1) % 3) + 1, 'a') }]);
      }
      for (const n of [1, 2, 3]) api.person(uuid(n, 'a'), `Person ${n}`);
      renderBoard();

      const todo = await screen.findByRole('region', { name: 'To do' });
      await within(todo).findByRole('article', { name: 'Task 70' });
      expect(within(todo).getByRole('heading', { name: 'To do, 70 tasks' })).toBeVisible();
      // jsdom lays nothing out, so the column's window holds every loaded card and is at once
      // near the last of the first 60: the column asks for the rest by itself, with no click.
      // Role queries are slow over 70 cards; the cards' titles and chips are read as text.
      const cards = () => todo.querySelectorAll('article');
      await waitFor(() => expect(cards()).toHaveLength(70));
      const todoRequests = api
        .requests('GET', '/rest/tasks')
        .filter((req) => req.params.get('filter')?.includes('"TODO"'));
      // These tasks have no due date: the first page asks for dated ones (none), then undated
      // ones by creation date, and the next page follows that stream's cursor (see task-pages.ts).
      expect(todoRequests.map((req) => req.params.get('starting_after'))).toEqual([
        null,
        null,
        '60',
      ]);
      expect(within(todo).queryByRole('button', { name: /Load more/ })).toBeNull();
      // Every card says where it is in the column, however few are drawn.
      expect(cards()[0]).toHaveAttribute('aria-posinset', '1');
      expect(cards()[69]).toHaveAttribute('aria-posinset', '70');
      expect(cards()[69]).toHaveAttribute('aria-setsize', '70');

      // Page two links the same three people: their names are known, so no new request.
      await waitFor(() => expect(within(todo).getAllByText('Person 1')).toHaveLength(24));
      expect(api.requests('GET', '/rest/people')).toHaveLength(1);
    },
  );

  it('filters loaded tasks by linked record type and says how many it shows', async () => {
    seedTask(1, { title: 'Call Ada' }, [{ personId: uuid(1, 'a') }]);
    seedTask(2, { title: 'Review Acme' }, [{ companyId: uuid(1, 'c') }]);
    seedTask(3, { title: 'Nothing linked' });
    const { user, router } = renderBoard();
    await screen.findByRole('article', { name: 'Call Ada' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Linked to' }), 'company');

    expect(router.state.location.search).toBe('?linked=company');
    const todo = column('To do');
    expect(within(todo).getByText('1 of 3 tasks is linked to a company')).toBeVisible();
    // The badge counts the cards shown, not the tasks loaded.
    expect(within(todo).getByRole('heading', { name: 'To do, 1 task' })).toBeInTheDocument();
    expect(
      within(todo)
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-labelledby')),
    ).toHaveLength(1);
    expect(within(todo).getByRole('article', { name: 'Review Acme' })).toBeVisible();
  });
});
