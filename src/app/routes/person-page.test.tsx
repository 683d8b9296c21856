import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { RecordDetailPage } from './record-detail-page';

const ADA = uuid(1, 'a');
const ACME = uuid(1, 'c');
const task = (n: number) => uuid(n, 'b');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.company(ACME, 'Acme Corp');
  api.person(ADA, 'Ada Lovelace', {
    companyId: ACME,
    jobTitle: 'Engineer',
    phones: { primaryPhoneNumber: '20 7946 0000', primaryPhoneCallingCode: '+44' },
  });
  api.listen();
});

const renderPerson = (id = ADA) =>
  renderWithProviders(<RecordDetailPage kind="person" />, {
    path: '/people/:id',
    route: `/people/${id}`,
  });

const group = (name: RegExp) => screen.getByRole('group', { name });
const tasksPanel = () => screen.getByRole('region', { name: /^Tasks/ });

describe('person page', () => {
  it('shows a skeleton, then the fields and the tasks grouped by status with counts', async () => {
    api.task(task(1), { title: 'Call Ada', status: 'TODO' }, [{ personId: ADA }]);
    api.task(task(2), { title: 'Send the proposal', status: 'IN_PROGRESS' }, [{ personId: ADA }]);
    api.task(task(3), { title: 'Book the demo', status: 'DONE' }, [{ personId: ADA }]);
    renderPerson();

    expect(screen.getByRole('status')).toHaveTextContent(/loading person/i);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();

    expect(screen.getByRole('link', { name: 'ada@example.com' })).toHaveAttribute(
      'href',
      'mailto:ada@example.com',
    );
    expect(screen.getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute(
      'href',
      'tel:+442079460000',
    );
    expect(screen.getByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
      'href',
      `/companies/${ACME}`,
    );

    await within(tasksPanel()).findByRole('link', { name: 'Call Ada' });
    expect(group(/^To do/)).toHaveTextContent('1');
    expect(within(group(/^To do/)).getByRole('link', { name: 'Call Ada' })).toHaveAttribute(
      'href',
      `/tasks/${task(1)}`,
    );
    expect(within(group(/^In progress/)).getByText('Send the proposal')).toBeVisible();
    expect(
      within(group(/^Done/)).getByRole('checkbox', { name: 'Complete Book the demo' }),
    ).toBeChecked();
  });

  it('reads a record with 5 tasks in one record request and one tasks-by-ids request', async () => {
    for (let n = 1; n <= 5; n++)
      api.task(task(n), { title: `Task number ${n}` }, [{ personId: ADA }]);
    renderPerson();
    expect(await screen.findByText('Task number 5')).toBeVisible();

    expect(api.calls(/^GET \/rest\/people\//)).toEqual([`GET /rest/people/${ADA}`]);
    const taskCalls = api.calls(/^GET \/rest\/tasks/);
    expect(taskCalls).toHaveLength(1);
    const query = new URLSearchParams(taskCalls[0]!.split('?')[1]);
    for (let n = 1; n <= 5; n++) expect(query.get('filter')).toContain(task(n));
    // Relations are never listed (the contract says they cannot be filtered).
    expect(api.calls(/taskTargets/)).toEqual([]);
  });

  it('offers the next step when no task is linked', async () => {
    renderPerson();
    expect(
      await screen.findByRole('heading', { name: 'No tasks linked to Ada Lovelace yet' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the task board' })).toHaveAttribute(
      'href',
      '/tasks',
    );
  });

  it('shows an error with Retry when the record cannot be read, and recovers', async () => {
    api.fail('GET /rest/people/:id', { status: 400, message: 'Workspace is being migrated' });
    const { user } = renderPerson();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this person');
    expect(alert).toHaveTextContent('Workspace is being migrated');
    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  });

  it('shows "not found" with a way back for an unknown id', async () => {
    renderPerson(uuid(99, 'a'));
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this person" }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to people' })).toHaveAttribute('href', '/people');
  });

  it('shows "not found" for a malformed id without asking the server', async () => {
    renderPerson('not-a-uuid');
    expect(
      screen.getByRole('heading', { level: 1, name: "We couldn't find this person" }),
    ).toBeVisible();
    expect(api.log).toEqual([]);
  });

  it('shows a malformed record answer as an error, not a crash', async () => {
    server.use(
      http.get('*/rest/people/:id', () =>
        HttpResponse.json({ data: { person: { id: ADA, name: 'Ada', createdAt: 42 } } }),
      ),
    );
    renderPerson();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/unexpected format/i);
    expect(alert).toHaveTextContent(/people/);
  });

  it('completes a task in one click, at once, and keeps it done when the server agrees', async () => {
    api.task(task(1), { title: 'Call Ada', status: 'TODO' }, [{ personId: ADA }]);
    const release = api.hold('PATCH /rest/tasks/:id');
    const { user } = renderPerson();

    await user.click(await screen.findByRole('checkbox', { name: 'Complete Call Ada' }));
    // Optimistic: moved to Done before the server has answered.
    expect(
      within(group(/^Done/)).getByRole('checkbox', { name: 'Complete Call Ada' }),
    ).toBeChecked();
    expect(api.tasks.get(task(1))?.status).toBe('TODO');

    release();
    await waitFor(() => expect(api.tasks.get(task(1))?.status).toBe('DONE'));
    expect(
      within(group(/^Done/)).getByRole('checkbox', { name: 'Complete Call Ada' }),
    ).toBeChecked();
  });

  it('keeps the clicked box ticked from the click on, before the change reaches the list', async () => {
    api.task(task(1), { title: 'Call Ada', status: 'TODO' }, [{ personId: ADA }]);
    renderPerson();
    const box = await screen.findByRole('checkbox', { name: 'Complete Call Ada' });
    // One click and nothing after it: the mutation's start (and the move to Done) comes later.
    fireEvent.click(box);
    expect(box).toBeChecked();
    await waitFor(() =>
      expect(
        within(group(/^Done/)).getByRole('checkbox', { name: 'Complete Call Ada' }),
      ).toBeChecked(),
    );
    await waitFor(() => expect(api.tasks.get(task(1))?.status).toBe('DONE'));
  });

  it('rolls a completed task back, with a message, when the server answers 500', async () => {
    api.task(task(1), { title: 'Call Ada', status: 'TODO' }, [{ personId: ADA }]);
    api.fail('PATCH /rest/tasks/:id');
    const { user } = renderPerson();

    await user.click(await screen.findByRole('checkbox', { name: 'Complete Call Ada' }));
    expect(await screen.findByText("Couldn't complete “Call Ada”")).toBeVisible();
    expect(
      within(group(/^To do/)).getByRole('checkbox', { name: 'Complete Call Ada' }),
    ).not.toBeChecked();
    expect(group(/^Done/)).toHaveTextContent(/Done\s*0/);
  });

  it('reopens a done task by unchecking it', async () => {
    api.task(task(1), { title: 'Call Ada', status: 'DONE' }, [{ personId: ADA }]);
    const { user } = renderPerson();
    await user.click(await screen.findByRole('checkbox', { name: 'Complete Call Ada' }));
    expect(
      within(group(/^To do/)).getByRole('checkbox', { name: 'Complete Call Ada' }),
    ).not.toBeChecked();
    await waitFor(() => expect(api.tasks.get(task(1))?.status).toBe('TODO'));
  });

  it('unlinks a task, keeps the task, and Undo links it back with a new relation', async () => {
    api.task(task(1), { title: 'Call Ada' });
    const relation = api.link(task(1), { personId: ADA });
    api.task(task(2), { title: 'Send the proposal' }, [{ personId: ADA }]);
    const { user } = renderPerson();

    await user.click(await screen.findByRole('button', { name: 'Unlink Call Ada' }));
    expect(within(tasksPanel()).queryByText('Call Ada')).not.toBeInTheDocument();
    expect(await screen.findByText('Unlinked “Call Ada” from Ada Lovelace')).toBeVisible();
    expect(api.taskTargets.has(relation)).toBe(false);
    expect(api.tasks.has(task(1))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(tasksPanel()).findByRole('link', { name: 'Call Ada' })).toBeVisible();
    await waitFor(() =>
      expect([...api.taskTargets.values()].filter((t) => t.taskId === task(1))).toEqual([
        expect.objectContaining({ personId: ADA }),
      ]),
    );
    const [recreated] = [...api.taskTargets.values()].filter((t) => t.taskId === task(1));
    expect(recreated?.id).not.toBe(relation);
  });

  it('takes an Undo back, with a message, when the server refuses it', async () => {
    api.task(task(1), { title: 'Call Ada' }, [{ personId: ADA }]);
    api.fail('POST /rest/taskTargets', { status: 400, message: 'Task is archived' });
    const { user } = renderPerson();

    await user.click(await screen.findByRole('button', { name: 'Unlink Call Ada' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText("Couldn't link “Call Ada” back to Ada Lovelace")).toBeVisible();
    expect(screen.getByText(/Task is archived/)).toBeVisible();
    expect(within(tasksPanel()).queryByText('Call Ada')).not.toBeInTheDocument();
  });

  it('puts an unlinked task back when the server refuses the unlink', async () => {
    api.task(task(1), { title: 'Call Ada' }, [{ personId: ADA }]);
    api.fail('DELETE /rest/taskTargets/:id');
    const { user } = renderPerson();
    await user.click(await screen.findByRole('button', { name: 'Unlink Call Ada' }));
    expect(await screen.findByText("Couldn't unlink “Call Ada”")).toBeVisible();
    expect(within(tasksPanel()).getByRole('link', { name: 'Call Ada' })).toBeVisible();
  });

  it('shows the tasks error with Retry when the tasks cannot be read', async () => {
    api.task(task(1), { title: 'Call Ada' }, [{ personId: ADA }]);
    api.fail('GET /rest/tasks', { status: 400, message: 'Tasks are unavailable' });
    const { user } = renderPerson();
    const alert = await within(await screen.findByRole('region', { name: /^Tasks/ })).findByRole(
      'alert',
    );
    expect(alert).toHaveTextContent('Could not load the tasks');
    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Call Ada' })).toBeVisible();
  });
});
