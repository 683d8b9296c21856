import { queryOptions } from '@tanstack/react-query';
import type { Backend } from '@/backends/backend';
import type { BackendSettings } from '@/backends/settings';

export const settingsQueries = {
  all: () => ['settings'] as const,
  /**
   * Whether the backend in use answers. The key names the backend but never holds its API
   * key; a changed key swaps the backend, which clears the whole cache anyway.
   */
  connection: (backend: Backend, settings: Pick<BackendSettings, 'kind' | 'baseUrl'>) =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'connection', settings.kind, settings.baseUrl],
      queryFn: ({ signal }) => backend.testConnection(signal),
      staleTime: 0,
      retry: false,
    }),
};
