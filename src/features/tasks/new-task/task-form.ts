import { z } from 'zod';
import { TASK_STATUSES, type TaskInput } from '@/domain/types';
import { isTimeInput, localToIso, parseLocalDate } from '@/lib/local-date';
import { TITLE_MAX } from '@/domain/labels';
import { TITLE_REQUIRED, TITLE_TOO_LONG } from '@/domain/title-rule';

// The "New task" form: its values as the inputs hold them (strings), the schema that checks
// them on submit, and the TaskInput the workflow sends.

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

export const taskFormSchema = z
  .object({
    title: z.string().trim().min(1, TITLE_REQUIRED).max(TITLE_MAX, TITLE_TOO_LONG),
    description: z.string(),
    status: z.enum(TASK_STATUSES),
    dueDate: z.string().refine((v) => v === '' || parseLocalDate(v) !== null, {
      message: 'Enter a valid date.',
    }),
    dueTime: z.string().refine((v) => v === '' || isTimeInput(v), {
      message: 'Enter a valid time.',
    }),
    assigneeId: z.string(),
  })
  .refine((v) => v.dueTime === '' || v.dueDate !== '', {
    message: 'Pick a date for this time.',
    path: ['dueDate'],
  });

export type TaskFormErrors = Partial<Record<keyof TaskFormValues, string>>;

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
  const dueAt = v.dueDate ? localToIso(v.dueDate, v.dueTime) : null;
  return {
    ok: true,
    input: {
      title: v.title,
      bodyMarkdown: v.description.trim() ? v.description : null,
      status: v.status,
      dueAt,
      assigneeId: v.assigneeId || null,
    },
  };
}

export const isBlankForm = (values: TaskFormValues): boolean =>
  (Object.keys(emptyTaskForm) as (keyof TaskFormValues)[]).every(
    (key) => values[key] === emptyTaskForm[key],
  );
