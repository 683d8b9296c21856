import { queryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';

// Workspace members change rarely; the assignee filter and every avatar read the same list.

export const memberQueries = {
  all: () => ['members'] as const,
  list: (backend: Backend) =>
    queryOptions({
      queryKey: [...memberQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => backend.listMembers(signal),
      staleTime: 5 * 60_000,
      enabled: backend.capabilities.canListMembers,
    }),
};
