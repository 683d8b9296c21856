import { describeError } from '@/components/ui/describe-error';

/** One sentence for a toast: what went wrong, with the server's message when it has one. */
export function explainError(error: unknown): string {
  const { title, detail } = describeError(error);
  return detail ? `${title}: ${detail}` : `${title}.`;
}
