import { z } from 'zod';
import { TASK_STATUSES, type TaskInput } from '@/domain/types';

// The "New task" form: its values as the inputs hold them (strings), the schema that checks
// them on submit, and the TaskInput the workflow sends.

export const TITLE_MAX = 500;

export type TaskFormValues = {
  title: string;
  description: string;
  status: (typeof TASK_STATUSES)[number];
  /** `YYYY-MM-DD` from the date input, or ''. */
  dueDate: string;
  /** `HH:MM` from the time input, or '' for no time. */
  dueTime: string;
  /** A member id, or '' for unassigned. */
  assigneeId: string;
};

export const emptyTaskForm: TaskFormValues = {
  title: '',
  description: '',
  status: 'TODO',
  dueDate: '',
  dueTime: '',
  assigneeId: '',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

export const taskFormSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title for the task.')
      .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`),
    description: z.string(),
    status: z.enum(TASK_STATUSES),
    dueDate: z.string().refine((v) => v === '' || localDate(v, '') !== null, {
      message: 'Enter a valid date.',
    }),
    dueTime: z.string().refine((v) => v === '' || TIME.test(v), {
      message: 'Enter a valid time.',
    }),
    assigneeId: z.string(),
  })
  .refine((v) => v.dueTime === '' || v.dueDate !== '', {
    message: 'Pick a date for this time.',
    path: ['dueDate'],
  });

export type TaskFormErrors = Partial<Record<keyof TaskFormValues, string>>;

/** A local date and optional time as a Date (midnight when no time), or null when invalid. */
export function localDate(date: string, time: string): Date | null {
  const d = DATE.exec(date);
  if (!d) return null;
  const t = time ? TIME.exec(time) : null;
  if (time && !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const result = new Date(year, month - 1, day, Number(t?.[1] ?? 0), Number(t?.[2] ?? 0));
  // new Date() rolls 2026-02-31 over into March; a real date survives the round trip.
  if (result.getFullYear() !== year || result.getMonth() !== month - 1 || result.getDate() !== day)
    return null;
  return result;
}

/** Checks the form; either the TaskInput to send, or a message per field. */
export function parseTaskForm(
  values: TaskFormValues,
): { ok: true; input: TaskInput } | { ok: false; errors: TaskFormErrors } {
  const parsed = taskFormSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    const errors: TaskFormErrors = {};
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if (messages?.[0]) errors[field as keyof TaskFormValues] = messages[0];
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const due = v.dueDate ? localDate(v.dueDate, v.dueTime) : null;
  return {
    ok: true,
    input: {
      title: v.title,
      bodyMarkdown: v.description.trim() ? v.description : null,
      status: v.status,
      dueAt: due ? due.toISOString() : null,
      assigneeId: v.assigneeId || null,
    },
  };
}

export const isBlankForm = (values: TaskFormValues): boolean =>
  (Object.keys(emptyTaskForm) as (keyof TaskFormValues)[]).every(
    (key) => values[key] === emptyTaskForm[key],
  );

const pad = (n: number) => String(n).padStart(2, '0');
/** A Date as the date input's `YYYY-MM-DD`, in the user's local day. */
export const toDateInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The due-date shortcuts; "Next week" is the coming Monday, as in most task apps. */
export function quickPicks(now: Date): { label: string; date: string }[] {
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  return [
    { label: 'Today', date: toDateInput(now) },
    { label: 'Tomorrow', date: toDateInput(addDays(now, 1)) },
    { label: 'In 3 days', date: toDateInput(addDays(now, 3)) },
    { label: 'Next week', date: toDateInput(addDays(now, daysToMonday)) },
  ];
}
