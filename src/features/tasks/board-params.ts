import type { BackendCapabilities, DueFilter, TaskSort } from '@/backends/backend';
import { RECORD_KINDS, type RecordKind, type TaskStatus } from '@/domain/types';

// The board's view lives in the URL so it can be shared and survives a reload. Anything in the
// URL that is not a value we understand is ignored in favour of the default, never thrown.

/** The orders the board's Sort menu offers (and the URL keeps). */
export type BoardSort = Extract<TaskSort, 'dueAt' | 'createdAt'>;

export type BoardFilters = {
  /** Case-insensitive "title contains"; '' for none. */
  search: string;
  /** A member id, 'unassigned', or null for anyone. */
  assignee: string | null;
  due: DueFilter | null;
  /** Only tasks linked to a record of this kind (applied to loaded tasks; the API cannot). */
  linked: RecordKind | null;
  sort: BoardSort;
};

export const DEFAULT_BOARD_FILTERS: BoardFilters = {
  search: '',
  assignee: null,
  due: null,
  linked: null,
  sort: 'dueAt',
};

export const DUE_FILTERS: readonly DueFilter[] = ['overdue', 'today', 'week', 'none'];
export const TASK_SORTS: readonly BoardSort[] = ['dueAt', 'createdAt'];
export const UNASSIGNED = 'unassigned';

const KEYS = {
  search: 'q',
  assignee: 'assignee',
  due: 'due',
  linked: 'linked',
  sort: 'sort',
} as const;
const MAX_SEARCH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((value) => value === raw) ?? null;
}

export function parseBoardParams(params: URLSearchParams): BoardFilters {
  const assignee = params.get(KEYS.assignee);
  return {
    search: (params.get(KEYS.search) ?? '').trim().slice(0, MAX_SEARCH),
    assignee: assignee === UNASSIGNED || (assignee && UUID.test(assignee)) ? assignee : null,
    due: oneOf(DUE_FILTERS, params.get(KEYS.due)),
    linked: oneOf(RECORD_KINDS, params.get(KEYS.linked)),
    sort: oneOf(TASK_SORTS, params.get(KEYS.sort)) ?? DEFAULT_BOARD_FILTERS.sort,
  };
}

/** A copy of `params` with `patch` applied; defaults are left out so URLs stay short. */
export function writeBoardParams(
  params: URLSearchParams,
  patch: Partial<BoardFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.keys(patch) as (keyof BoardFilters)[]) {
    const value = patch[name];
    const key = KEYS[name];
    if (value === undefined) continue;
    if (value === null || value === '' || value === DEFAULT_BOARD_FILTERS[name]) next.delete(key);
    else next.set(key, value);
  }
  return next;
}

export function hasActiveFilters(filters: BoardFilters): boolean {
  return Boolean(filters.search || filters.assignee || filters.due || filters.linked);
}

/** How many filters behind the phone's "Filter" button are set (search stays in view). */
export function activeFilterCount(filters: BoardFilters): number {
  return [filters.assignee, filters.due, filters.linked].filter((value) => value !== null).length;
}

/**
 * The order a column is listed in. Under the default sort (due date) Done is listed most
 * recently changed first, where the backend can: finished work is looked back on by when it was
 * finished, not by a due date now past. Tasks have no completion date, and moving a task to Done
 * is a change, so updatedAt stands for it; it is never NULL, so real Twenty's cursors follow it to
 * the end of a long column (a nullable key loses rows there). An explicit sort applies to all.
 */
export function columnSort(
  status: TaskStatus,
  sort: BoardSort,
  capabilities: Pick<BackendCapabilities, 'sortOptions'>,
): TaskSort {
  if (status !== 'DONE' || sort !== 'dueAt') return sort;
  const recentFirst = capabilities.sortOptions.some(
    (option) => option.sort === 'updatedAt' && option.direction === 'desc',
  );
  return recentFirst ? 'updatedAt' : sort;
}

/** How the tasks are shown: the board's status columns, or the list grouped by due date. Kept
 *  in the URL beside the filters (`view=list`), so a switch keeps them and a link shares both. */
export type TaskView = 'board' | 'list';
const VIEW_KEY = 'view';

export function parseTaskView(params: URLSearchParams): TaskView {
  return params.get(VIEW_KEY) === 'list' ? 'list' : 'board';
}

/** A copy of `params` showing `view`; the board, the default, is left out. */
export function writeTaskView(params: URLSearchParams, view: TaskView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === 'list') next.set(VIEW_KEY, view);
  else next.delete(VIEW_KEY);
  return next;
}
