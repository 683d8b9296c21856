import type {
  Member,
  Page,
  RecordByKind,
  RecordDetailByKind,
  RecordKind,
  RecordRef,
  RecordSummary,
  Task,
  TaskInput,
  TaskStatus,
  TaskTarget,
} from '@/domain/types';
import type { PacingState } from './pacing-state';

// The Backend port: everything the app may ask of any backend. Features depend on this
// interface and its capabilities, never on a backend's kind or wire format.

export type BackendKind = 'embedded' | 'dalil';

export type BackendCapabilities = {
  /** Dalil cannot filter task relations; a record's tasks come from the record at depth 1. */
  canFilterTaskTargets: boolean;
  targetKinds: readonly RecordKind[];
  canCreateTasks: boolean;
  canListMembers: boolean;
};

export type DueFilter = 'overdue' | 'today' | 'week' | 'none';
export type TaskSort = 'dueAt' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

export type TaskListQuery = {
  status?: TaskStatus;
  /** Case-insensitive "title contains". */
  search?: string;
  /** A member id, or 'unassigned'. */
  assignee?: string;
  due?: DueFilter;
  sort: TaskSort;
  /**
   * By due date: 'asc' (default) is soonest first; tasks with no due date come last either way.
   * By creation: 'desc' (default) is newest first.
   */
  direction?: SortDirection;
  /** The clock the due filter is read against (the user's local day and week). */
  now?: Date;
  /** Only a `nextCursor` this backend returned; anything else is refused. */
  cursor?: string | null;
  limit?: number;
};

export type RecordListQuery = { search?: string; cursor?: string | null; limit?: number };

/** What "Test connection" found. Never contains the API key. */
export type ConnectionReport =
  | { ok: true; summary: string }
  | {
      ok: false;
      reason: 'unauthorized' | 'not-found' | 'unreachable' | 'bad-format' | 'server-error';
      message: string;
    };

export type Backend = {
  readonly kind: BackendKind;
  readonly capabilities: BackendCapabilities;
  /** Whether requests are being held back for the server's rate limit, for a quiet notice. */
  readonly pacing?: PacingState;

  testConnection(signal?: AbortSignal): Promise<ConnectionReport>;

  listTasks(query: TaskListQuery, signal?: AbortSignal): Promise<Page<Task>>;
  getTask(id: string, signal?: AbortSignal): Promise<Task>;
  /** Tasks (with their relations) by id, in as few requests as the backend allows. */
  getTasksByIds(ids: readonly string[], signal?: AbortSignal): Promise<Task[]>;
  /** `id` is made by the client so that a retried create can never make a second task. */
  createTask(input: TaskInput & { id: string }): Promise<Task>;
  updateTask(id: string, patch: Partial<TaskInput>): Promise<Task>;
  deleteTask(id: string): Promise<void>;

  createTaskTarget(input: { id: string; taskId: string; target: RecordRef }): Promise<TaskTarget>;
  updateTaskTarget(id: string, target: RecordRef): Promise<TaskTarget>;
  deleteTaskTarget(id: string): Promise<void>;

  /**
   * Members whose first name, last name or email holds every word of `query`, by name, one
   * page of at most `limit` (default 20): for search-as-you-type, never the whole workspace.
   */
  searchMembers(
    query: string,
    options?: { limit?: number },
    signal?: AbortSignal,
  ): Promise<Member[]>;
  /**
   * Every member, sorted by name. Kept for current callers; it costs one request per 60
   * members and stops at 1,200, so new code should use searchMembers and Task.assignee.
   */
  listMembers(signal?: AbortSignal): Promise<Member[]>;

  listRecords<K extends RecordKind>(
    kind: K,
    query: RecordListQuery,
    signal?: AbortSignal,
  ): Promise<Page<RecordByKind[K]>>;
  /** Names of records by id, batched (`id[in]`), for chips. Unknown ids are left out. */
  getRecordSummaries(
    kind: RecordKind,
    ids: readonly string[],
    signal?: AbortSignal,
  ): Promise<RecordSummary[]>;
  /** A record with its relations (depth 1), including its task relations. */
  getRecord<K extends RecordKind>(
    kind: K,
    id: string,
    signal?: AbortSignal,
  ): Promise<RecordDetailByKind[K]>;
};
