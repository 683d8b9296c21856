import { beforeEach, describe, expect, it } from 'vitest';
import { createDalilBackend } from '@/backends/dalil/dalil-backend';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import type { BackendChange } from './change-feed';
import { withChangeFeed } from './change-feed';

// Every write is told once the server has taken it, with the ids it touched; a refused one is not.

const ADA = uuid(1, 'a');
const TASK = uuid(1, 'b');
const LINK = uuid(1, 'e0');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.listen();
});

function open() {
  const backend = withChangeFeed(
    createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }),
  );
  const told: BackendChange[] = [];
  backend.changes.subscribe((change) => told.push(change));
  return { backend, told };
}

describe('withChangeFeed', () => {
  it('tells a create, a link, an update, an unlink and a delete', async () => {
    const { backend, told } = open();
    await backend.createTask({
      id: TASK,
      title: 'Call Ada',
      bodyMarkdown: null,
      status: 'TODO',
      dueAt: null,
      assigneeId: null,
    });
    await backend.createTaskTarget({ id: LINK, taskId: TASK, target: { kind: 'person', id: ADA } });
    await backend.updateTask(TASK, { status: 'DONE' });
    await backend.deleteTaskTarget(LINK);
    await backend.deleteTask(TASK);
    expect(told).toEqual([
      { taskIds: [TASK], relationIds: [], records: [] },
      { taskIds: [TASK], relationIds: [LINK], records: [{ kind: 'person', id: ADA }] },
      expect.objectContaining({ taskIds: [TASK], relationIds: [] }),
      { taskIds: [], relationIds: [LINK], records: [] },
      { taskIds: [TASK], relationIds: [], records: [] },
    ]);
  });

  it('tells nothing of a write the server refused', async () => {
    const { backend, told } = open();
    await expect(backend.updateTask(uuid(9, 'b'), { status: 'DONE' })).rejects.toThrow();
    expect(told).toEqual([]);
  });
});
