import type { BackendSettings } from '@/backends/settings';

// What this browser remembers per backend for APIs that cannot list: the tasks it created or
// opened, and the entities it created them on. Only ids, titles and kinds: never a key.

const MAX_ENTRIES = 30;

export type RecentTask = { id: string; title: string; at: string };
/** `name` and `at` are there for records remembered since the command palette (older entries
 *  have neither). */
export type RecentEntity = { kind: string; id: string; name?: string; at?: string };

type Scope = Pick<BackendSettings, 'kind' | 'baseUrl'>;
const storageName = (what: 'tasks' | 'entities', scope: Scope) =>
  `tasklink.recent.${what}.${scope.kind}.${scope.baseUrl}`;

function readList(name: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(name) ?? '[]');
    return Array.isArray(parsed) ? (parsed as unknown[]) : [];
  } catch {
    return [];
  }
}

function writeList(name: string, items: unknown[]): void {
  try {
    localStorage.setItem(name, JSON.stringify(items.slice(0, MAX_ENTRIES)));
  } catch {
    // Storage full or blocked: the list simply is not remembered.
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function loadRecentTasks(scope: Scope): RecentTask[] {
  return readList(storageName('tasks', scope)).flatMap((v) =>
    isRecord(v) &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.at === 'string'
      ? [{ id: v.id, title: v.title, at: v.at }]
      : [],
  );
}

/** Newest first; a task seen again moves to the top with its latest title. */
export function rememberTask(scope: Scope, task: { id: string; title: string }, now = new Date()) {
  const rest = loadRecentTasks(scope).filter((t) => t.id !== task.id);
  writeList(storageName('tasks', scope), [
    { id: task.id, title: task.title, at: now.toISOString() },
    ...rest,
  ]);
}

export function loadRecentEntities(scope: Scope): RecentEntity[] {
  return readList(storageName('entities', scope)).flatMap((v) =>
    isRecord(v) && typeof v.id === 'string' && typeof v.kind === 'string'
      ? [
          {
            kind: v.kind,
            id: v.id,
            ...(typeof v.name === 'string' ? { name: v.name } : {}),
            ...(typeof v.at === 'string' ? { at: v.at } : {}),
          },
        ]
      : [],
  );
}

export function rememberEntity(scope: Scope, entity: RecentEntity) {
  const rest = loadRecentEntities(scope).filter(
    (e) => !(e.id === entity.id && e.kind === entity.kind),
  );
  writeList(storageName('entities', scope), [entity, ...rest]);
}

/** A record opened by name (the command palette): kept with its name, newest first. */
export function rememberRecord(
  scope: Scope,
  record: { kind: string; id: string; name: string },
  now = new Date(),
) {
  rememberEntity(scope, { ...record, at: now.toISOString() });
}
