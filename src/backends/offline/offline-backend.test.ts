import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDalilBackend } from '@/backends/dalil/dalil-backend';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { withOfflineQueue } from './offline-backend';
import { createWriteQueue, queueStorageKey, type QueuedWrite } from './write-queue';

// The offline queue over the real Dalil adapter and a stateful fake server: "the server is
// away" is every request failing at the network level, as fetch does when nothing listens.

const KEY = queueStorageKey('embedded', 'http://localhost:3000');
const ADA = uuid(1, 'a');
const OLD = uuid(1, 'b');
const NEW = uuid(2, 'b');
const LINK = uuid(1, 'e0');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.task(OLD, { title: 'Call Ada', status: 'TODO' });
  api.listen();
});

function serverDown() {
  server.use(http.all('*/rest/*', () => HttpResponse.error()));
}

function serverBack() {
  server.resetHandlers();
  api.listen();
}

/** One page load: a backend over the queue kept in localStorage. Backoff is left to Retry now. */
function open() {
  return withOfflineQueue(createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }), {
    queueWrites: true,
    storageKey: KEY,
    sync: { firstDelayMs: 600_000, events: null },
  });
}

const newTask = {
  id: NEW,
  title: 'Offline task',
  bodyMarkdown: null,
  status: 'TODO' as const,
  dueAt: null,
  assigneeId: null,
};

const writes = () => api.log.filter((r) => r.method !== 'GET').map((r) => r.line);

describe('withOfflineQueue', () => {
  it('queues writes while the server is away, shows them at once, and sends them in order, once', async () => {
    const backend = open();
    serverDown();

    const moved = await backend.updateTask(OLD, { status: 'DONE' });
    expect(moved).toMatchObject({ id: OLD, status: 'DONE' });
    expect(backend.offline.getSnapshot()).toEqual({ status: 'offline', pending: 1 });

    const created = await backend.createTask(newTask);
    expect(created).toMatchObject({ id: NEW, title: 'Offline task', targets: [] });
    await backend.createTaskTarget({ id: LINK, taskId: NEW, target: { kind: 'person', id: ADA } });
    await backend.updateTask(NEW, { title: 'Renamed offline' });
    // A task made offline can be opened before the server has it.
    expect(await backend.getTask(NEW)).toMatchObject({
      title: 'Renamed offline',
      targets: [expect.objectContaining({ id: LINK })],
    });
    expect(backend.offline.getSnapshot()).toEqual({ status: 'offline', pending: 4 });
    const sentWhileAway = api.log.length;

    serverBack();
    backend.offline.retryNow();
    await backend.offline.settled();

    expect(backend.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
    expect(writes()).toEqual([
      `PATCH /rest/tasks/${OLD}`,
      'POST /rest/tasks',
      'POST /rest/taskTargets',
      `PATCH /rest/tasks/${NEW}`,
    ]);
    expect(api.log.length).toBeGreaterThan(sentWhileAway);
    expect(api.tasks.get(OLD)).toMatchObject({ status: 'DONE' });
    expect(api.tasks.get(NEW)).toMatchObject({ title: 'Renamed offline' });
    expect([...api.taskTargets.values()].filter((t) => t.taskId === NEW)).toEqual([
      expect.objectContaining({ id: LINK, personId: ADA }),
    ]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps the queue across a reload and sends it when the server is back', async () => {
    const first = open();
    serverDown();
    await first.createTask(newTask);
    await first.createTaskTarget({ id: LINK, taskId: NEW, target: { kind: 'person', id: ADA } });

    // The page is loaded again while the server is still away.
    const second = open();
    expect(second.offline.getSnapshot().pending).toBe(2);
    await second.offline.settled();
    expect(second.offline.getSnapshot()).toEqual({ status: 'offline', pending: 2 });

    serverBack();
    second.offline.retryNow();
    await second.offline.settled();
    expect(second.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
    expect(writes()).toEqual(['POST /rest/tasks', 'POST /rest/taskTargets']);
    expect(api.tasks.get(NEW)).toMatchObject({ title: 'Offline task' });
  });

  it('makes nothing twice when a queued create had reached the server before the answer was lost', async () => {
    // As if the tab had sent both, lost the answers, and been closed before it could note it.
    api.task(NEW, { title: 'Offline task' }, [{ personId: ADA }]);
    const relationId = [...api.taskTargets.values()].find((t) => t.taskId === NEW)?.id as string;
    const queue = createWriteQueue(KEY, localStorage);
    queue.add({ type: 'createTask', input: newTask });
    queue.add({
      type: 'createTaskTarget',
      input: { id: relationId, taskId: NEW, target: { kind: 'person', id: ADA } },
    });

    const backend = open();
    await backend.offline.settled();

    expect(backend.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
    expect([...api.tasks.keys()].filter((id) => id === NEW)).toHaveLength(1);
    expect([...api.taskTargets.values()].filter((t) => t.taskId === NEW)).toHaveLength(1);
  });

  it('sends nothing left by an earlier visit, not even a probe, before the sign-in is done', async () => {
    createWriteQueue(KEY, localStorage).add({
      type: 'updateTask',
      id: OLD,
      patch: { status: 'DONE' },
    });
    let signedIn!: () => void;
    const signIn = new Promise<void>((resolve) => (signedIn = resolve));
    const backend = withOfflineQueue(
      createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }),
      { queueWrites: true, storageKey: KEY, sync: { events: null, startAfter: signIn } },
    );
    // Several turns of the event loop: time for a probe and a PATCH, had they been sent.
    for (let turn = 0; turn < 5; turn += 1) await new Promise((done) => setTimeout(done, 10));
    expect(api.log).toEqual([]);
    expect(backend.offline.getSnapshot()).toEqual({ status: 'syncing', pending: 1 });

    signedIn();
    await backend.offline.settled();
    expect(api.requests('PATCH', `/rest/tasks/${OLD}`)).toHaveLength(1);
    expect(api.tasks.get(OLD)).toMatchObject({ status: 'DONE' });
    expect(backend.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
  });

  it('sends them all the same when the sign-in fails (its refusal is then the app’s to show)', async () => {
    createWriteQueue(KEY, localStorage).add({
      type: 'updateTask',
      id: OLD,
      patch: { status: 'DONE' },
    });
    const backend = withOfflineQueue(
      createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }),
      {
        queueWrites: true,
        storageKey: KEY,
        sync: { events: null, startAfter: Promise.reject(new Error('sign-in failed')) },
      },
    );
    await backend.offline.settled();
    expect(api.tasks.get(OLD)).toMatchObject({ status: 'DONE' });
  });

  it('drops a queued write the server refuses, says so, and still sends the ones after it', async () => {
    const backend = open();
    const refused: QueuedWrite[] = [];
    backend.offline.onRefused(({ write }) => refused.push(write));
    serverDown();
    await backend.updateTask(OLD, { title: 'Edited offline' });
    await backend.createTask(newTask);

    // Meanwhile someone else deleted the task that was edited.
    api.tasks.delete(OLD);
    serverBack();
    backend.offline.retryNow();
    await backend.offline.settled();

    expect(refused).toEqual([{ type: 'updateTask', id: OLD, patch: { title: 'Edited offline' } }]);
    expect(api.tasks.get(NEW)).toMatchObject({ title: 'Offline task' });
    expect(backend.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
    // Given up, not retried: no second PATCH goes out on the next check.
    backend.offline.retryNow();
    await backend.offline.settled();
    expect(api.requests('PATCH', `/rest/tasks/${OLD}`)).toHaveLength(1);
  });

  it('keeps a queued write the server turns away for now (key refused) and sends it later', async () => {
    const backend = open();
    serverDown();
    await backend.updateTask(OLD, { status: 'IN_PROGRESS' });
    serverBack();
    server.use(
      http.patch('*/rest/tasks/:id', () =>
        HttpResponse.json({ messages: ['Token invalid'] }, { status: 401 }),
      ),
    );
    backend.offline.retryNow();
    await backend.offline.settled();
    expect(backend.offline.getSnapshot()).toEqual({ status: 'waiting', pending: 1 });

    serverBack();
    backend.offline.retryNow();
    await backend.offline.settled();
    expect(api.tasks.get(OLD)).toMatchObject({ status: 'IN_PROGRESS' });
    expect(backend.offline.getSnapshot()).toEqual({ status: 'online', pending: 0 });
  });

  it('sends a write made while earlier ones wait behind them, not ahead of them', async () => {
    const backend = open();
    serverDown();
    await backend.updateTask(OLD, { status: 'DONE' });
    serverBack();
    // The server is back but nothing has probed it yet: this write must wait its turn.
    await backend.updateTask(OLD, { status: 'IN_PROGRESS' });
    expect(api.requests('PATCH', `/rest/tasks/${OLD}`)).toEqual([]);
    backend.offline.retryNow();
    await backend.offline.settled();
    expect(api.requests('PATCH', `/rest/tasks/${OLD}`).map((r) => r.body)).toEqual([
      expect.objectContaining({ status: 'DONE' }),
      expect.objectContaining({ status: 'IN_PROGRESS' }),
    ]);
    expect(api.tasks.get(OLD)).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('does not queue writes for a backend whose writes carry no ids of their own', async () => {
    const backend = withOfflineQueue(
      createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }),
      { queueWrites: false, storageKey: KEY, sync: { firstDelayMs: 600_000, events: null } },
    );
    serverDown();
    await expect(backend.updateTask(OLD, { status: 'DONE' })).rejects.toThrow(/Could not reach/);
    expect(backend.offline.getSnapshot()).toEqual({ status: 'offline', pending: 0 });
  });
});

describe('probing with backoff', () => {
  it('probes after about 1, 2, 4 … 30 s, at once on the online event, and then sends the queue', async () => {
    vi.useFakeTimers();
    try {
      const events = new EventTarget();
      let up = false;
      const probes: number[] = [];
      const start = Date.now();
      const backend = withOfflineQueue(
        createDalilBackend({ kind: 'embedded', baseUrl: '', apiKey: 'k' }),
        {
          queueWrites: true,
          storageKey: KEY,
          sync: {
            events,
            random: () => 0.5,
            probe: () => {
              probes.push(Math.round((Date.now() - start) / 1000));
              return Promise.resolve(up);
            },
          },
        },
      );
      const unsubscribe = backend.offline.subscribe(() => undefined);
      backend.offline.reportUnreachable();
      await vi.advanceTimersByTimeAsync(63_000 + 30_000);
      // 1, 2, 4, 8, 16 and then every 30 s (jitter fixed at ×1 here).
      expect(probes).toEqual([1, 3, 7, 15, 31, 61, 91]);

      up = true;
      events.dispatchEvent(new Event('online'));
      await backend.offline.settled();
      expect(probes).toHaveLength(8);
      expect(backend.offline.getSnapshot().status).toBe('online');
      unsubscribe();
    } finally {
      vi.useRealTimers();
    }
  });
});
