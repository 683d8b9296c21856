import type { RecordKind } from '@/domain/types';

// The rows the palette lists: places to go (a task or a record, by name) and things to do.

export type JumpItem = {
  /** `task:<id>` or `<kind>:<id>`: unique in the list, and the Menu's key. */
  key: string;
  kind: 'task' | RecordKind;
  id: string;
  name: string;
  /** A second line that tells namesakes apart (status, company, email). */
  detail?: string;
  recent: boolean;
};

export type ActionItem = {
  key: string;
  label: string;
  /** Words the filter also matches ("complete" finds "Move to Done"). */
  keywords?: string;
  run: () => void;
  /** The action goes on in a next step (a member to pick, the New task dialog): the palette's
   *  host stays open for it. */
  continues?: boolean;
};

export const jumpKey = (kind: JumpItem['kind'], id: string) => `${kind}:${id}`;

const fold = (text: string) => text.toLocaleLowerCase().normalize('NFKD');

/** Whether every word typed is in `haystack` (case- and accent-insensitive). */
export function matchesWords(haystack: string, typed: string): boolean {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const folded = fold(haystack);
  return words.every((word) => folded.includes(word));
}

/** Whether `name` begins with what was typed (case- and accent-insensitive). */
export function startsWithTyped(name: string, typed: string): boolean {
  return fold(name).startsWith(fold(typed.trim()));
}
