import { useQuery } from '@tanstack/react-query';
import { useBackend } from '@/backends/backend-context';
import type { Member } from '@/domain/types';
import { describeError } from '@/lib/describe-error';
import { useDebounced } from '@/lib/use-debounced';
import { MEMBER_SEARCH_LIMIT, memberQueries } from './queries';

export const MEMBER_SEARCH_DEBOUNCE_MS = 250;

export type MemberSearch = {
  members: readonly Member[];
  /** The text the server was last asked for (the typed text, once the user pauses). */
  search: string;
  /** What the list's status line says (searching, no match, error, more than shown); null: none. */
  status: string | null;
};

/**
 * Members whose name matches what the user typed, asked of the server one short page per pause,
 * never the whole workspace; and the one status line every member picker shows under its list.
 * `enabled: false` asks nothing (a closed list).
 */
export function useMemberSearch(typed: string, enabled = true): MemberSearch {
  const backend = useBackend();
  const text = typed.trim();
  const search = useDebounced(text, MEMBER_SEARCH_DEBOUNCE_MS);
  const typing = text !== search;
  // Not while typing: the first keystroke would otherwise search for what it replaces.
  const results = useQuery(memberQueries.search(backend, search, enabled && !typing));
  const members = results.data ?? [];

  const waiting = typing || (results.isFetching && !results.isPlaceholderData);
  let status: string | null = null;
  if (results.isError) {
    status = `Could not search the members (${describeError(results.error).title}). Type to try again.`;
  } else if (waiting && members.length === 0) {
    status = 'Searching…';
  } else if (results.isSuccess && members.length === 0 && search !== '') {
    status = `No member matches "${search}".`;
  } else if (members.length >= MEMBER_SEARCH_LIMIT) {
    status = `Showing the first ${MEMBER_SEARCH_LIMIT}; type more of a name to narrow.`;
  }
  return { members, search, status };
}
