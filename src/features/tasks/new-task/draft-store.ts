import { z } from 'zod';
import { RECORD_KINDS, TASK_STATUSES, type RecordSummary } from '@/domain/types';
import type { TaskFormValues } from './task-form';

// An unsent "New task" draft, kept in sessionStorage so a reload loses nothing. One draft per
// context (the board, a record's page, a selection), so a draft started on one record never
// shows up on another. The ids of a run that was interrupted are kept too: sending the draft
// again then re-sends the same task and relation ids, never copies.

const PREFIX = 'tasklink.new-task-draft:';

const draftSchema = z.object({
  values: z.object({
    title: z.string(),
    description: z.string(),
    status: z.enum(TASK_STATUSES),
    dueDate: z.string(),
    dueTime: z.string(),
    assigneeId: z.string(),
  }),
  targets: z.array(z.object({ kind: z.enum(RECORD_KINDS), id: z.string(), name: z.string() })),
  taskId: z.string().nullable(),
  relationIds: z.record(z.string(), z.string()),
});

export type TaskDraft = {
  values: TaskFormValues;
  targets: RecordSummary[];
  /** The client-made id of a task that may already exist (an interrupted run). */
  taskId: string | null;
  /** `kind:id` of a target -> the client-made id of its relation. */
  relationIds: Record<string, string>;
};

/** Where drafts are kept apart: the board, or the records the dialog opened with. */
export function draftContext(initialTargets: readonly RecordSummary[] | undefined): string {
  if (!initialTargets || initialTargets.length === 0) return 'board';
  return initialTargets
    .map((t) => `${t.kind}:${t.id}`)
    .sort()
    .join(',');
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage can be switched off (privacy settings); the dialog then works without drafts.
    return null;
  }
}

export function loadDraft(context: string): TaskDraft | null {
  const raw = storage()?.getItem(PREFIX + context);
  if (!raw) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveDraft(context: string, draft: TaskDraft): void {
  try {
    storage()?.setItem(PREFIX + context, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only costs the draft, never the dialog.
  }
}

export function clearDraft(context: string): void {
  storage()?.removeItem(PREFIX + context);
}
