import { revealBidiControls } from './reveal-bidi';
import type { RecordKind, Task, TaskStatus } from './types';

// The words the app uses for its domain, in one place so every screen says the same thing.

export const STATUS_LABELS: Record<TaskStatus, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};

/** Capitalised, as in headings and chips; lower-case them inside a sentence. */
export const RECORD_KIND_LABELS: Record<RecordKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  company: { singular: 'Company', plural: 'Companies' },
  opportunity: { singular: 'Opportunity', plural: 'Opportunities' },
};

export const UNTITLED_TASK = 'Untitled task';

/** A task's title as shown: a blank one reads "Untitled task", never an empty string, and a
 *  bidi control shows as itself, so "Invoice\u202Egnp.exe" cannot pass for "Invoiceexe.png". */
export const taskTitle = (task: Pick<Task, 'title'>): string =>
  revealBidiControls(task.title.trim()) || UNTITLED_TASK;

/** The longest title the New task form and the editor accept. */
export const TITLE_MAX = 500;
