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
import type { ChangeFeed } from './changes/change-feed';
import type { OfflineSync } from './offline/offline-sync';
import type { PacingState } from './pacing-state';

export { notSupported, NotSupportedError } from './not-supported';

// The Backend port: everything the app may ask of any backend. Features depend on this
// interface and its capabilities, never on a backend's kind or wire format.

export type BackendKind = 'embedded' | 'dalil' | 'peoplelogic' | 'rolodex';

export type DueFilter = 'overdue' | 'today' | 'week' | 'none';
export type TaskSort = 'dueAt' | 'createdAt' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';
export type TaskSortOption = { sort: TaskSort; direction: SortDirection };
/** 'dueRange': a due window given as two instants, and "open" (not done); see TaskListQuery. */
export type TaskFilter = 'status' | 'search' | 'assignee' | 'due' | 'dueRange';

/** What a backend can do. Screens offer exactly this, so no control can only fail; a port
 *  method a backend cannot do throws NotSupportedError. */
export type BackendCapabilities = {
  /** Dalil cannot filter task relations; a record's tasks come from the record at depth 1. */
  canFilterTaskTargets: boolean;
  /** Record kinds a task can be linked to (or created on). */
  targetKinds: readonly RecordKind[];
  canCreateTasks: boolean;
  /** Members can be searched and read one by one (searchMembers, getMember). */
  canListMembers: boolean;
  /** The statuses a task can have here, in board order. */
  statuses: readonly TaskStatus[];
  /** The backend's own words for its statuses (Rolodex: Open, Completed); else the app's. */
  statusLabels?: Partial<Record<TaskStatus, string>>;
  /** false: the status is shown, read-only. */
  canChangeStatus: boolean;
  canListTasks: boolean;
  canEditTasks: boolean;
  canDeleteTasks: boolean;
  /** Tasks can be linked to records after they are made (else: only created on one). */
  canLinkAfterCreate: boolean;
  /** null: no limit. */
  maxTargetsPerTask: number | null;
  /** People, companies and opportunities can be listed, searched and opened. */
  canBrowseRecords: boolean;
  /** The filters listTasks understands; an empty list means it takes none. */
  taskFilters: readonly TaskFilter[];
  /** The orders listTasks can give, the first being the default. */
  sortOptions: readonly TaskSortOption[];
  /** 'cursor' pages with an opaque cursor; 'offset' can also jump, its cursor being the number
   *  of rows to skip, in decimal; 'none' has no list at all. */
  paging: 'cursor' | 'offset' | 'none';
  /** 'date': due dates have no time of day (Task.dueDate); 'datetime': Task.dueAt. */
  duePrecision: 'date' | 'datetime';
  hasTags: boolean;
};

export type TaskListQuery = {
  status?: TaskStatus;
  /** Case-insensitive "title contains". */
  search?: string;
  /** A member id, or 'unassigned'. */
  assignee?: string;
  due?: DueFilter;
  /** Due at or after this ISO instant (backends with the 'dueRange' filter); no undated tasks. */
  dueFrom?: string;
  /** Due before this ISO instant (backends with the 'dueRange' filter); no undated tasks. */
  dueBefore?: string;
  /** Only tasks not done; a task with no status counts as open ('dueRange' filter). */
  open?: boolean;
  sort: TaskSort;
  /**
   * By due date: 'asc' (default) is soonest first; tasks with no due date come last either way.
   * By creation, or by last change: 'desc' (default) is newest first.
   */
  direction?: SortDirection;
  /** The clock the due filter is read against (the user's local day and week). */
  now?: Date;
  /** Only a `nextCursor` this backend returned; anything else is refused. */
  cursor?: string | null;
  limit?: number;
};

/** A task write may carry a date-only due date (YYYY-MM-DD) for backends whose duePrecision is
 *  'date'; they ignore dueAt when it is given. */
export type DateOnlyDue = { dueDate?: string | null };
export type NewTask = TaskInput & DateOnlyDue & { id: string };
/** `order` is a task's place in its list, for backends that keep one (Task.order). */
export type TaskPatch = Partial<TaskInput> & DateOnlyDue & { order?: number };

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
  /** Whether the server can be reached, and the writes waiting for it (offline banner). */
  readonly offline?: OfflineSync;
  /** The writes this backend made, as the server took them (tab sync). */
  readonly changes?: ChangeFeed;

  testConnection(signal?: AbortSignal): Promise<ConnectionReport>;

  listTasks(query: TaskListQuery, signal?: AbortSignal): Promise<Page<Task>>;
  getTask(id: string, signal?: AbortSignal): Promise<Task>;
  /** Tasks (with their relations) by id, in as few requests as the backend allows. */
  getTasksByIds(ids: readonly string[], signal?: AbortSignal): Promise<Task[]>;
  /** `id` is made by the client so that a retried create can never make a second task. */
  createTask(input: NewTask): Promise<Task>;
  updateTask(id: string, patch: TaskPatch): Promise<Task>;
  deleteTask(id: string): Promise<void>;
  /** Creates a task on one record, for backends where a task belongs to what it was created on
   *  (maxTargetsPerTask 1). Where links come after creation, the task and `linkId` are made with
   *  the client's ids, so a retry makes nothing twice; a backend that makes its own ids cannot
   *  promise that, and says so by having canLinkAfterCreate false. */
  createTaskOnTarget(input: NewTask & { linkId: string; target: RecordRef }): Promise<Task>;

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
  /** One member by id, for showing who a filter or a draft names; a task carries its own
   *  `assignee`. There is deliberately no way to list every member. */
  getMember(id: string, signal?: AbortSignal): Promise<Member>;

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
