import type { NewTask, TaskPatch } from '@/backends/backend';

// Request bodies for POST/PATCH /api/v1/entity/{entity}/task. Peoplelogic's due date has no time:
// a date-only dueDate is sent as is; a dueAt is read as a day in the user's own time zone.

export type WireTaskBody = {
  name: string;
  description?: string;
  dueDate?: string | null;
  order?: number;
};

const pad = (n: number) => String(n).padStart(2, '0');

export function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`'${iso}' is not a date`);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dueDateOf(patch: TaskPatch): string | null | undefined {
  if (patch.dueDate !== undefined) return patch.dueDate;
  if (patch.dueAt === undefined) return undefined;
  return patch.dueAt === null ? null : localDate(patch.dueAt);
}

/** `name` is required on PATCH too (the page says so): the caller passes the current one. */
export function taskBody(patch: TaskPatch & { order?: number }, name: string): WireTaskBody {
  const body: WireTaskBody = { name };
  // The page types description as a string, so clearing it sends an empty one.
  if (patch.bodyMarkdown !== undefined) body.description = patch.bodyMarkdown ?? '';
  const due = dueDateOf(patch);
  if (due !== undefined) body.dueDate = due;
  if (patch.order !== undefined) body.order = patch.order;
  return body;
}

export const newTaskBody = (input: NewTask) => taskBody(input, input.title);

export const entityTaskPath = (entity: string, task?: string) =>
  `/api/v1/entity/${encodeURIComponent(entity)}/task${task === undefined ? '' : `/${encodeURIComponent(task)}`}`;

export const taskPath = (task: string) => `/api/v1/task/${encodeURIComponent(task)}`;
