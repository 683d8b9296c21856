import type { BackendCapabilities } from '@/backends/backend';
import type { TaskPatch } from '@/backends/backend';
import type { Task } from '@/domain/types';
import { addDays, hasTimeOfDay, toDateInput } from '@/lib/local-date';

/** When a snoozed task with no time of day comes back: the start of a working day. */
export const SNOOZE_HOUR = 9;

/**
 * "Snooze to tomorrow": due tomorrow (the user's local day), at the time it had, or at 9:00 when
 * it had none. A date-only backend gets the date alone.
 */
export function snoozePatch(
  task: Pick<Task, 'dueAt'>,
  capabilities: Pick<BackendCapabilities, 'duePrecision'>,
  now: Date,
): TaskPatch {
  const tomorrow = addDays(now, 1);
  const was = task.dueAt ? new Date(task.dueAt) : null;
  const keepTime = was !== null && !Number.isNaN(was.getTime()) && hasTimeOfDay(was);
  tomorrow.setHours(keepTime ? was.getHours() : SNOOZE_HOUR, keepTime ? was.getMinutes() : 0);
  if (capabilities.duePrecision === 'date') {
    return { dueAt: tomorrow.toISOString(), dueDate: toDateInput(tomorrow) };
  }
  return { dueAt: tomorrow.toISOString() };
}
