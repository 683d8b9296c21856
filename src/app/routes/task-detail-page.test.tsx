import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PAGE_TASK } from '@/backends/peoplelogic/page-examples';
import { loadRecentTasks } from '@/features/tasks/recent/recent-store';
import { fakeRolodex, rolodexSettings } from '@/testing/fake-rolodex';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskEditorPage } from './task-editor-page';

// `/tasks/:id` for backends the full editor does not fit: everything the backend says, and a
// form only for the fields it can change.

const peoplelogic = {
  ...rolodexSettings,
  kind: 'peoplelogic' as const,
  baseUrl: 'https://pl.test',
};
const renderTask = (id: string, settings = rolodexSettings) =>
  renderWithProviders(<TaskEditorPage />, { path: '/tasks/:id', route: `/tasks/${id}`, settings });

describe('a Rolodex task', () => {
  it('is read-only: its status, contacts and tags, no field to edit', async () => {
    fakeRolodex(server, 4);
    renderTask('task_0');
    expect(await screen.findByRole('heading', { level: 1, name: 'Task 0' })).toBeVisible();
    expect(
      screen.getByText('Read-only: this backend offers no way to change tasks.'),
    ).toBeVisible();
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent(
      'Completed (read-only here)',
    );
    expect(screen.getByRole('list', { name: 'What the task is on' })).toHaveTextContent('John Doe');
    expect(screen.getByRole('list', { name: 'Tags' })).toHaveTextContent('Even');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Save|Delete/ })).toBeNull();
  });
});

describe('a Peoplelogic task', () => {
  const task = {
    ...PAGE_TASK,
    id: 'pl-1',
    name: 'Prepare the OKR review',
    status: { ...PAGE_TASK.status, current: 'in_progress', changedBy: 'user-9' },
    connectedTo: { ...PAGE_TASK.connectedTo, entityId: 'okr-7', type: 'okr' },
    notes: [{ ...PAGE_TASK.notes[0], note: 'Bring last quarter’s numbers' }],
  };

  it('shows status, who changed it, notes, and saves name, due day and order in one PATCH', async () => {
    const patches: unknown[] = [];
    let current = task;
    server.use(
      http.get(`${peoplelogic.baseUrl}/api/v1/task/pl-1`, () => HttpResponse.json(current)),
      http.patch(`${peoplelogic.baseUrl}/api/v1/entity/okr-7/task/pl-1`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        patches.push(body);
        current = { ...current, ...body } as typeof task;
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderTask('pl-1', peoplelogic);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Prepare the OKR review' }),
    ).toBeVisible();
    expect(screen.getByText('In progress')).toBeVisible();
    expect(screen.getByText(/by user-9/)).toBeVisible();
    expect(screen.getByRole('list', { name: 'What the task is on' })).toHaveTextContent(
      'okr okr-7',
    );
    expect(screen.getByText('Bring last quarter’s numbers')).toBeVisible();

    const form = screen.getByRole('form', { name: 'Edit task' });
    const due = within(form).getByLabelText('Due date (a day, no time)');
    expect(due).toHaveValue('2025-07-17');
    expect(within(form).queryByLabelText('Time')).toBeNull();
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Run the OKR review');
    await user.clear(due);
    await user.type(due, '2025-08-01');
    await user.clear(within(form).getByLabelText('Order'));
    await user.type(within(form).getByLabelText('Order'), '3');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Saved.');
    expect(patches).toEqual([{ name: 'Run the OKR review', dueDate: '2025-08-01', order: 3 }]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Run the OKR review' }),
    ).toBeVisible();
    expect(loadRecentTasks(peoplelogic)[0]).toMatchObject({
      id: 'pl-1',
      title: 'Run the OKR review',
    });
    expect(
      localStorage.getItem(`tasklink.recent.tasks.peoplelogic.${peoplelogic.baseUrl}`),
    ).not.toContain(peoplelogic.apiKey);
  });

  it('refuses a non-number order before sending anything', async () => {
    server.use(http.get(`${peoplelogic.baseUrl}/api/v1/task/pl-1`, () => HttpResponse.json(task)));
    const { user } = renderTask('pl-1', peoplelogic);
    const form = await screen.findByRole('form', { name: 'Edit task' });
    await user.clear(within(form).getByLabelText('Order'));
    await user.type(within(form).getByLabelText('Order'), 'first');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByLabelText('Order')).toHaveAccessibleDescription(/whole number/);
  });
});
