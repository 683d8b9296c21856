import type { RecordSummary } from '@/domain/types';
import { toDateInput } from '@/lib/local-date';
import type { BoardFilters } from '../board-params';
import type { TaskFormValues } from '../new-task/task-form';

export type NewTaskPrefill = {
  initialTargets?: RecordSummary[];
  initialValues?: Partial<TaskFormValues>;
};

/**
 * A task made from the board starts where its filters point: assigned to the member the board
 * shows, due today on the "Due today" board. Filters that name no single value (overdue, this
 * week, unassigned, linked to a kind) leave the field empty.
 */
export function boardPrefill(filters: BoardFilters, now = new Date()): NewTaskPrefill {
  const values: Partial<TaskFormValues> = {};
  if (filters.assignee && filters.assignee !== 'unassigned') values.assigneeId = filters.assignee;
  if (filters.due === 'today') values.dueDate = toDateInput(now);
  return Object.keys(values).length > 0 ? { initialValues: values } : {};
}
