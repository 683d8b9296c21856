import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, MEMBER, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskBoardPage } from './board-page';

const ADA = uuid(1, 'a');
const ACME = uuid(1, 'c');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.company(ACME, 'Acme');
  api.opportunity(uuid(1, 'd'), 'Big deal');
  api.listen();
});

const renderBoard = (route = '/tasks') =>
  renderWithProviders(<TaskBoardPage />, { path: '/tasks', route });

const column = (name: string) => screen.getByRole('region', { name });

describe('TaskBoardPage', () => {
  it('shows a skeleton per column, then the cards with counts, due dates, assignee and chips', async () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(0, 0, 0, 0);
    api.task(
      uuid(1, 'b'),
      { title: 'Call Ada', dueAt: tomorrow.toISOString(), assigneeId: MEMBER.id },
      [{ personId: ADA }, { companyId: ACME }],
    );
    api.task(uuid(2, 'b'), {
      title: 'Send proposal',
      status: 'IN_PROGRESS',
      dueAt: '2020-01-06T00:00:00Z',
    });
    api.task(uuid(3, 'b'), { title: 'Signed', status: 'DONE', dueAt: '2020-01-06T00:00:00Z' });
    renderBoard();

    for (const name of ['To do', 'In progress', 'Done']) {
      expect(within(column(name)).getByRole('status')).toHaveTextContent(`Loading ${name} tasks`);
    }
    const card = await screen.findByRole('article', { name: 'Call Ada' });
    expect(within(column('To do')).getByText('1')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Call Ada' })).toHaveAttribute(
      'href',
      `/tasks/${uuid(1, 'b')}`,
    );
    expect(within(card).getByText('Tomorrow')).toBeInTheDocument();
    expect(
      within(card).getByRole('button', { name: /^Assigned to Grace Hopper\. Assign / }),
    ).toBeInTheDocument();
    // The name comes with the task (depth 1): no member is read, let alone every member.
    expect(api.calls(/workspaceMembers/)).toEqual([]);
    expect(await within(card).findByRole('link', { name: /Ada Lovelace/ })).toHaveAttribute(
      'href',
      `/people/${ADA}`,
    );
    expect(within(card).getByRole('link', { name: /Acme/ })).toHaveAttribute(
      'href',
      `/companies/${ACME}`,
    );
    // Only the To do column links records: one batch per kind, none for the other columns.
    expect(api.requests('GET', '/rest/people')).toHaveLength(1);
    expect(api.requests('GET', '/rest/companies')).toHaveLength(1);
    expect(api.requests('GET', '/rest/opportunities')).toHaveLength(0);

    const late = await within(column('In progress')).findByRole('article', {
      name: 'Send proposal',
    });
    expect(within(late).getByText('overdue')).toBeInTheDocument();
    const done = await within(column('Done')).findByRole('article', { name: 'Signed' });
    expect(within(done).queryByText('Overdue')).not.toBeInTheDocument();
    expect(within(done).getByRole('button', { name: /^Unassigned\. Assign / })).toBeInTheDocument();
  });

  it('says when a column is empty', async () => {
    api.task(uuid(1, 'b'), { title: 'Only one', status: 'DONE' });
    renderBoard();
    expect(
      await within(column('To do')).findByRole('heading', { name: 'Nothing to do' }),
    ).toBeInTheDocument();
    expect(within(column('In progress')).getByRole('heading', { name: 'Nothing in progress' }));
    expect(await within(column('Done')).findByRole('article', { name: 'Only one' })).toBeVisible();
  });

  it('shows a failed column as an error with Retry, and the other columns still load', async () => {
    api.task(uuid(1, 'b'), { title: 'Plan', status: 'DONE' });
    api.fail('GET /rest/tasks', {
      status: 400,
      message: "'filter' invalid for todo",
      when: (req) => req.params.get('filter')?.includes('"TODO"') ?? false,
    });
    const { user } = renderBoard();

    const alert = await within(column('To do')).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load To do');
    expect(alert).toHaveTextContent("'filter' invalid for todo");
    expect(await within(column('Done')).findByRole('article', { name: 'Plan' })).toBeVisible();

    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await within(column('To do')).findByRole('heading', { name: 'Nothing to do' }),
    ).toBeInTheDocument();
  });

  it('shows a malformed answer as an error that names the problem, not a crash', async () => {
    server.use(
      http.get('*/rest/tasks', () =>
        HttpResponse.json({ data: { tasks: [{ id: 42, title: ['no'] }] } }),
      ),
    );
    renderBoard();
    const alert = await within(column('In progress')).findByRole('alert');
    expect(alert).toHaveTextContent(/unexpected format/i);
    expect(alert).toHaveTextContent(/tasks/);
  });

  it('moves a card at once from its menu and moves it back, with the reason, when the server refuses', async () => {
    api.task(uuid(1, 'b'), { title: 'Call Ada' });
    api.fail('PATCH /rest/tasks/:id', { message: 'Database is on fire' });
    const answer = api.hold('PATCH /rest/tasks/:id');
    const { user } = renderBoard();
    const card = await within(column('To do')).findByRole('article', { name: 'Call Ada' });

    await user.click(within(card).getByRole('button', { name: /Change status/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Done' }));

    expect(await within(column('Done')).findByRole('article', { name: 'Call Ada' })).toBeVisible();
    expect(within(column('To do')).queryByRole('article', { name: 'Call Ada' })).toBeNull();
    answer();
    expect(await screen.findByText('Could not move "Call Ada" to Done')).toBeVisible();
    expect(screen.getByText(/Database is on fire/)).toBeVisible();
    expect(await within(column('To do')).findByRole('article', { name: 'Call Ada' })).toBeVisible();
    expect(within(column('Done')).queryByRole('article', { name: 'Call Ada' })).toBeNull();
  });

  it('keeps a status change the server accepts, with the counts following', async () => {
    api.task(uuid(1, 'b'), { title: 'Call Ada' });
    api.task(uuid(2, 'b'), { title: 'Email Bob' });
    const { user } = renderBoard();
    const card = await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    await user.click(within(card).getByRole('button', { name: /Change status/ }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'In progress' }));

    expect(await within(column('In progress')).findByRole('article', { name: 'Call Ada' }));
    await waitFor(() => expect(within(column('In progress')).getByText('1')).toBeVisible());
    expect(within(column('To do')).getByText('1')).toBeVisible();
    const patch = api.log.find((req) => req.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'IN_PROGRESS' });
  });
});
