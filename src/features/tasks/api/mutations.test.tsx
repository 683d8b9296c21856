import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import type { Task } from '@/domain/types';
import { createQueryClient } from '@/lib/query-client';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { testSettings } from '@/testing/test-utils';
import { useUpdateTask } from './mutations';
import { taskQueries } from './queries';

const A = uuid(1, 'b');
const B = uuid(2, 'b');

const task = (id: string, title: string): Task => ({
  id,
  title,
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.task(A, { title: 'First' });
  api.task(B, { title: 'Second' });
  api.listen();
});

function renderUpdate() {
  const queryClient = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders queryClient={queryClient} settings={testSettings}>
      {children}
    </AppProviders>
  );
  return { queryClient, ...renderHook(() => useUpdateTask(), { wrapper }) };
}

describe('useUpdateTask', () => {
  it("sends one task's edits one after another, and other tasks' edits at once", async () => {
    const { result } = renderUpdate();
    const release = api.hold();
    act(() => {
      result.current({ task: task(A, 'First'), patch: { title: 'A one' } });
      result.current({ task: task(A, 'First'), patch: { title: 'A two' } });
      result.current({ task: task(B, 'Second'), patch: { status: 'DONE' } });
    });

    // A's second edit waits for its first; B's edit does not wait for A's.
    await waitFor(() => expect(api.calls(/^PATCH /)).toHaveLength(2));
    expect(api.calls(/^PATCH /)).toEqual([`PATCH /rest/tasks/${A}`, `PATCH /rest/tasks/${B}`]);

    release();
    await waitFor(() => expect(api.calls(/^PATCH /)).toHaveLength(3));
    await waitFor(() => expect(api.tasks.get(A)?.title).toBe('A two'));
    expect(api.tasks.get(B)?.status).toBe('DONE');
  });

  it("shows a new assignee's name at once, never the old one's, and puts it back on a refusal", async () => {
    const { result, queryClient } = renderUpdate();
    const grace = { id: uuid(1, 'f'), name: 'Grace Hopper' };
    const alan = { id: uuid(2, 'f'), name: 'Alan Turing' };
    const before: Task = { ...task(A, 'First'), assigneeId: grace.id, assignee: grace };
    queryClient.setQueryData(taskQueries.detailKey(A), before);
    const shown = () => queryClient.getQueryData<Task>(taskQueries.detailKey(A));
    api.fail('PATCH /rest/tasks/:id', { once: true, status: 400, message: 'No such member' });
    const release = api.hold();

    act(() => result.current({ task: before, patch: { assigneeId: alan.id }, assignee: alan }));
    await waitFor(() => expect(shown()).toMatchObject({ assigneeId: alan.id, assignee: alan }));
    release();
    await waitFor(() => expect(shown()).toMatchObject({ assigneeId: grace.id, assignee: grace }));

    // Without the member picked, the name is unknown until the task is read again.
    act(() => result.current({ task: before, patch: { assigneeId: alan.id } }));
    await waitFor(() => expect(shown()?.assigneeId).toBe(alan.id));
    expect(shown()?.assignee).toBeUndefined();
    act(() => result.current({ task: before, patch: { assigneeId: null } }));
    await waitFor(() => expect(shown()).toMatchObject({ assigneeId: null, assignee: null }));
    expect(api.calls(/^PATCH /).length).toBe(3);
    expect(api.requests('PATCH', `/rest/tasks/${A}`).map((r) => r.body)).toEqual([
      { assigneeId: alan.id },
      { assigneeId: alan.id },
      { assigneeId: null },
    ]);
  });
});
