import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/backends/api-error';
import type { Backend } from '@/backends/backend';
import { DALIL_CAPABILITIES } from '@/backends/dalil/capabilities';
import type { RecordSummary, Task } from '@/domain/types';
import { renderWithProviders } from '@/testing/test-utils';
import { OneTaskPerRecordButton } from './one-task-per-record';

// A backend whose tasks hang on one record each, fixed at creation, with records to pick from:
// no real backend is like this yet, which is why the screens must still get it right.
const createTaskOnTarget = vi.fn<Backend['createTaskOnTarget']>();
const oneTarget = {
  kind: 'dalil',
  capabilities: { ...DALIL_CAPABILITIES, canLinkAfterCreate: false, maxTargetsPerTask: 1 },
  createTaskOnTarget,
} as unknown as Backend;

vi.mock('@/backends/backend-context', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/backends/backend-context')>()),
  useBackend: () => oneTarget,
}));

const records: RecordSummary[] = [
  { kind: 'person', id: 'p1', name: 'Ada Lovelace' },
  { kind: 'company', id: 'c1', name: 'Acme' },
];
const made = (id: string): Task => ({
  id,
  title: 'Call',
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

beforeEach(() => {
  createTaskOnTarget.mockReset();
});

describe('OneTaskPerRecordButton', () => {
  it('says one task per record will be made, makes them, and retries only the failed one', async () => {
    let calls = 0;
    createTaskOnTarget.mockImplementation((input) => {
      calls += 1;
      // The company fails the first time only.
      if (input.target.id === 'c1' && calls === 2) {
        return Promise.reject(new ApiError(400, ['name is too long for Acme']));
      }
      return Promise.resolve(made(`t-${input.target.id}`));
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(
      <OneTaskPerRecordButton records={records} label="One task each" onCreated={onCreated} />,
    );
    await user.click(screen.getByRole('button', { name: /One task each/ }));
    const dialog = screen.getByRole('dialog', { name: 'New task for each of 2 records' });
    expect(dialog).toHaveTextContent(
      'This backend puts a task on one record only, so one task per record will be made: 2 tasks with the same title.',
    );
    await user.type(within(dialog).getByLabelText('Title'), 'Call');
    await user.click(within(dialog).getByRole('button', { name: 'Make 2 tasks' }));

    const rows = within(dialog).getByRole('list', { name: 'Records' });
    expect(await within(rows).findByText(/Failed: .*too long for Acme/)).toBeVisible();
    expect(within(rows).getAllByText('Task made')).toHaveLength(1);
    const sent = () => createTaskOnTarget.mock.calls.map((args) => args[0]);
    expect(sent().map((i) => [i.target, i.title, i.dueDate])).toEqual([
      [{ kind: 'person', id: 'p1' }, 'Call', null],
      [{ kind: 'company', id: 'c1' }, 'Call', null],
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Retry the failed one' }));
    expect(await within(rows).findAllByText('Task made')).toHaveLength(2);
    expect(sent().map((i) => i.target.id)).toEqual(['p1', 'c1', 'c1']);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(onCreated).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('needs a title before making anything', async () => {
    const { user } = renderWithProviders(
      <OneTaskPerRecordButton records={records.slice(0, 1)} label="New task" />,
    );
    await user.click(screen.getByRole('button', { name: /New task/ }));
    const dialog = screen.getByRole('dialog', { name: 'New task' });
    await user.click(within(dialog).getByRole('button', { name: 'Make task' }));
    expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription(
      'Give the task a title.',
    );
    expect(createTaskOnTarget).not.toHaveBeenCalled();
  });
});
