import type { NewTask, TaskPatch } from '../backend';
import type { RecordRef } from '@/domain/types';

// Writes made while the server cannot be reached, kept in localStorage (one list per backend)
// so a reload loses none. Every write names its records with client-made ids, so sending one
// twice (a tab closed mid-send, two tabs flushing) changes nothing the second time: creates are
// answered "already exists", PATCH sets the same values, DELETE of a missing record is a 404.

export type QueuedWrite =
  | { type: 'createTask'; input: NewTask }
  | { type: 'updateTask'; id: string; patch: TaskPatch }
  | { type: 'deleteTask'; id: string }
  | { type: 'createTaskOnTarget'; input: NewTask & { linkId: string; target: RecordRef } }
  | { type: 'createTaskTarget'; input: { id: string; taskId: string; target: RecordRef } }
  | { type: 'updateTaskTarget'; id: string; target: RecordRef }
  | { type: 'deleteTaskTarget'; id: string };

export type QueueEntry = {
  /** Increasing within one queue: the order the user made the changes in. */
  seq: number;
  write: QueuedWrite;
  queuedAt: string;
  /** Server errors (5xx) met while replaying it; a write that keeps failing is given up. */
  failures: number;
};

export type WriteQueue = {
  entries(): QueueEntry[];
  add(write: QueuedWrite): QueueEntry;
  remove(seq: number): void;
  update(entry: QueueEntry): void;
};

type Stored = { version: 1; entries: QueueEntry[] };

const WRITE_TYPES = new Set<string>([
  'createTask',
  'updateTask',
  'deleteTask',
  'createTaskOnTarget',
  'createTaskTarget',
  'updateTaskTarget',
  'deleteTaskTarget',
]);

function isEntry(value: unknown): value is QueueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<QueueEntry>;
  return (
    typeof entry.seq === 'number' &&
    typeof entry.queuedAt === 'string' &&
    typeof entry.failures === 'number' &&
    typeof entry.write === 'object' &&
    entry.write !== null &&
    WRITE_TYPES.has((entry.write as { type?: unknown }).type as string)
  );
}

/** The storage key for one backend: its kind and where it lives, never its key. */
export function queueStorageKey(kind: string, origin: string): string {
  return `tasklink.offline-writes.v1:${kind}:${origin}`;
}

/**
 * A queue kept under `key` in `storage` (localStorage in the app). It reads storage on every
 * call, so two tabs of one backend see one queue. Without storage (private mode, quota) it
 * keeps the writes in memory: they still go out, but a reload loses them.
 */
export function createWriteQueue(key: string, storage: Storage | null): WriteQueue {
  let memory: QueueEntry[] = [];

  function read(): QueueEntry[] {
    if (!storage) return memory;
    try {
      const raw = storage.getItem(key);
      if (raw === null) return [];
      const parsed = JSON.parse(raw) as Partial<Stored>;
      return Array.isArray(parsed.entries) ? parsed.entries.filter(isEntry) : [];
    } catch {
      // A damaged entry must not stop the app; what can be read is kept in memory.
      return memory;
    }
  }

  function write(entries: QueueEntry[]): void {
    memory = entries;
    if (!storage) return;
    try {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify({ version: 1, entries } satisfies Stored));
    } catch {
      // Storage full or refused: the writes stay in memory for this session.
    }
  }

  return {
    entries: () => read(),
    add(queued) {
      const entries = read();
      const seq = entries.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
      const entry: QueueEntry = {
        seq,
        write: queued,
        queuedAt: new Date().toISOString(),
        failures: 0,
      };
      write([...entries, entry]);
      return entry;
    },
    remove(seq) {
      write(read().filter((e) => e.seq !== seq));
    },
    update(entry) {
      write(read().map((e) => (e.seq === entry.seq ? entry : e)));
    },
  };
}

export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
