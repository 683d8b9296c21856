import type { BackendCapabilities } from '@/backends/backend';
import { STATUS_LABELS } from '@/domain/labels';
import type { TaskStatus } from '@/domain/types';

// Which screens a backend gets, read from its capabilities only (never from its kind), so a
// backend with a new mix of abilities lands on screens that offer exactly what it can do.

/**
 * 'columns': one list per status, asked of the server (filters, drag between columns).
 * 'one-list': the server lists tasks but cannot filter by status: one paged list, split into
 * status columns on screen. 'local': no list at all: the tasks this browser made or opened.
 */
export type BoardMode = 'columns' | 'one-list' | 'local';

export function boardMode(capabilities: BackendCapabilities): BoardMode {
  if (!capabilities.canListTasks || capabilities.paging === 'none') return 'local';
  return capabilities.taskFilters.includes('status') ? 'columns' : 'one-list';
}

/** The full editor links records, lists members and changes status; it needs all of that. */
export function usesFullEditor(capabilities: BackendCapabilities): boolean {
  return (
    capabilities.canBrowseRecords &&
    capabilities.canLinkAfterCreate &&
    capabilities.canListMembers &&
    capabilities.canChangeStatus
  );
}

/** "New task" on the board needs a way to create a task with records picked from lists. */
export function canCreateFromBoard(capabilities: BackendCapabilities): boolean {
  return capabilities.canCreateTasks && capabilities.canLinkAfterCreate;
}

/** Creating a task on one thing typed in by id, for backends that cannot list records. */
export function createsOnTypedTarget(capabilities: BackendCapabilities): boolean {
  return (
    capabilities.canCreateTasks &&
    !capabilities.canLinkAfterCreate &&
    capabilities.maxTargetsPerTask === 1
  );
}

/** Tasks hanging on one person can be gathered from the task list (no record pages to open). */
export function gathersLinkedTasks(capabilities: BackendCapabilities): boolean {
  return capabilities.canListTasks && !capabilities.canBrowseRecords;
}

export function statusLabel(capabilities: BackendCapabilities, status: TaskStatus): string {
  return capabilities.statusLabels?.[status] ?? STATUS_LABELS[status];
}

/**
 * How "New task" for `count` chosen records is made: 'one-task' linked to all of them;
 * 'one-per-record' where a task can hang on fewer records than were chosen, or only on the
 * one it is created on; 'none' where tasks cannot be created.
 */
export function newTaskPlan(
  capabilities: BackendCapabilities,
  count: number,
): 'none' | 'one-task' | 'one-per-record' {
  if (!capabilities.canCreateTasks) return 'none';
  if (!capabilities.canLinkAfterCreate) return 'one-per-record';
  const max = capabilities.maxTargetsPerTask;
  return max !== null && count > max ? 'one-per-record' : 'one-task';
}

/** The list grouped by due date asks the server for each group's due window and open tasks. */
export function offersListView(capabilities: BackendCapabilities): boolean {
  return boardMode(capabilities) === 'columns' && capabilities.taskFilters.includes('dueRange');
}

/** "My tasks" needs members to pick oneself from and an assignee filter. */
export function offersMyTasks(capabilities: BackendCapabilities): boolean {
  return (
    offersListView(capabilities) &&
    capabilities.canListMembers &&
    capabilities.taskFilters.includes('assignee')
  );
}
