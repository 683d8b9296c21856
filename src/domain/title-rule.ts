import { TITLE_MAX } from './labels';

// The one rule for a task's title, for every screen that sets one (the New task dialog, the
// editor): something besides spaces, and at most TITLE_MAX characters.

export const TITLE_REQUIRED = 'Enter a title for the task.';
export const TITLE_TOO_LONG = `Keep the title under ${TITLE_MAX} characters.`;

/** What is wrong with a title as typed, or null when it can be saved (trimmed). */
export function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (trimmed === '') return TITLE_REQUIRED;
  if (trimmed.length > TITLE_MAX) return TITLE_TOO_LONG;
  return null;
}
