import { act, screen, waitFor, within } from '@testing-library/react';
import type { InfiniteData } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '@/backends/create-backend';
import type { Page, PersonDetail, Task } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { taskQueries } from '@/features/tasks/api/queries';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders, testSettings } from '@/testing/test-utils';
import { TaskEditorPage } from '@/app/routes/task-editor-page';

const TASK = uuid(1, 'b');
const OTHER = uuid(2, 'b');
const ADA = uuid(1, 'a');
const ACME = uuid(1, 'c');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.company(ACME, 'Acme Corp');
  api.task(TASK, { title: 'Call Ada' });
  api.task(OTHER, { title: 'Send the proposal' });
  api.link(TASK, { personId: ADA });
  api.link(TASK, { companyId: ACME });
  api.link(OTHER, { personId: ADA });
  api.listen();
});

const backend = createBackend(testSettings);
const todo = taskQueries.list(backend, {
  status: 'TODO',
  search: '',
  assignee: null,
  due: null,
  sort: 'dueAt',
});

async function renderWithCachedViews() {
  const rendered = renderWithProviders(<TaskEditorPage />, {
    path: '/tasks/:id',
    route: `/tasks/${TASK}`,
  });
  const { queryClient } = rendered;
  await screen.findByRole('link', { name: 'Acme Corp' });
  // What the board and Ada's page would have cached.
  await act(async () => {
    await queryClient.fetchInfiniteQuery(todo);
    await queryClient.fetchQuery(taskQueries.byIds(backend, [TASK, OTHER]));
    await queryClient.fetchQuery(recordQueries.detail(backend, 'person', ADA));
  });
  return rendered;
}

const ids = (tasks: readonly Task[] | undefined) => (tasks ?? []).map((task) => task.id);

describe('deleting a task', () => {
  it('asks first, saying how many links go with it, and Cancel keeps it', async () => {
    const { user } = await renderWithCachedViews();
    await user.click(screen.getByRole('button', { name: 'Delete task' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Delete task?' });
    expect(dialog).toHaveTextContent('Its links to 2 records go too.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.calls(/^DELETE/)).toEqual([]);
    expect(api.tasks.has(TASK)).toBe(true);
  });

  it('deletes it with its relations, takes it out of every cached view, and leaves', async () => {
    const { user, queryClient } = await renderWithCachedViews();
    await user.click(screen.getByRole('button', { name: 'Delete task' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete task?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete task' }));

    expect(await screen.findByTestId('navigated-to')).toHaveTextContent(/^\/tasks$/);
    expect(api.calls(/^DELETE/)).toEqual([`DELETE /rest/tasks/${TASK}`]);
    expect([...api.taskTargets.values()].map((t) => t.taskId)).toEqual([OTHER]);

    const board = queryClient.getQueryData<InfiniteData<Page<Task>>>(todo.queryKey);
    expect(board?.pages.flatMap((page) => ids(page.items))).toEqual([OTHER]);
    expect(board?.pages[0]?.totalCount).toBe(1);
    expect(
      ids(queryClient.getQueryData(taskQueries.byIds(backend, [TASK, OTHER]).queryKey)),
    ).toEqual([OTHER]);
    const adaKey = recordQueries.detailKey('person', ADA);
    const ada = queryClient.getQueryData<PersonDetail>(adaKey);
    expect(ada?.taskTargets.map((t) => t.taskId)).toEqual([OTHER]);
    // And read again from the server the next time they are shown.
    expect(queryClient.getQueryState(adaKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(todo.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryData(taskQueries.detail(backend, TASK).queryKey)).toBeUndefined();
    expect(
      await within(await screen.findByRole('region', { name: /notification/i })).findByText(
        'Task deleted',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    api.fail('DELETE /rest/tasks/:id');
    const { user } = await renderWithCachedViews();
    await user.click(screen.getByRole('button', { name: 'Delete task' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete task?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete task' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The task could not be deleted. The backend had a problem: Database unavailable',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Delete task' })).toBeEnabled(),
    );
    expect(api.tasks.has(TASK)).toBe(true);
  });
});
