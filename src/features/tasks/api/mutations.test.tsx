import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import type { Task } from '@/domain/types';
import { createQueryClient } from '@/lib/query-client';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { testSettings } from '@/testing/test-utils';
import { useUpdateTask } from './mutations';

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
  return renderHook(() => useUpdateTask(), { wrapper });
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
});
