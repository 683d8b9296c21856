import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';

// Members are asked of the server a search or one id at a time: a workspace can have thousands
// (Twenty's demo has 1,004), and a task already carries its assignee's name (depth 1). Keys leave
// the backend out: switching backend clears the whole cache.

/** How many members one search shows; more are reached by typing more of the name. */
export const MEMBER_SEARCH_LIMIT = 20;

export const memberQueries = {
  all: () => ['members'] as const,
  search: (backend: Backend, search: string, enabled: boolean) =>
    queryOptions({
      queryKey: [...memberQueries.all(), 'search', { search }] as const,
      queryFn: ({ signal }) =>
        backend.searchMembers(search, { limit: MEMBER_SEARCH_LIMIT }, signal),
      enabled: enabled && backend.capabilities.canListMembers,
      staleTime: 60_000,
      // While the next word is on its way, the last hits stay instead of a flicker.
      placeholderData: keepPreviousData,
    }),
  detail: (backend: Backend, id: string | null) =>
    queryOptions({
      queryKey: [...memberQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => backend.getMember(id ?? '', signal),
      enabled: id !== null && backend.capabilities.canListMembers,
      staleTime: 5 * 60_000,
    }),
};
