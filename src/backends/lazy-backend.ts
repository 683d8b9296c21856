import type { Backend, BackendCapabilities, BackendKind } from './backend';
import { importAgain } from '@/lib/import-again';

// A backend whose adapter loads on its first request: the app needs only its kind and
// capabilities to draw, and the adapters of the APIs not in use (most users have one) stay out
// of the first load. A failed download is tried again on the next request, under a new address
// (import-again.ts).

export function lazyBackend<M>(
  kind: BackendKind,
  capabilities: BackendCapabilities,
  load: () => Promise<M>,
  create: (module: M) => Backend,
): Backend {
  let pending: Promise<Backend> | undefined;
  let lastFailure: unknown = null;
  const adapter = () =>
    (pending ??= (
      (lastFailure === null ? null : (importAgain(lastFailure) as Promise<M> | null)) ?? load()
    ).then(create, (error: unknown) => {
      pending = undefined;
      lastFailure = error;
      throw error;
    }));

  return {
    kind,
    capabilities,
    testConnection: async (...args) => (await adapter()).testConnection(...args),
    listTasks: async (...args) => (await adapter()).listTasks(...args),
    getTask: async (...args) => (await adapter()).getTask(...args),
    getTasksByIds: async (...args) => (await adapter()).getTasksByIds(...args),
    createTask: async (...args) => (await adapter()).createTask(...args),
    updateTask: async (...args) => (await adapter()).updateTask(...args),
    deleteTask: async (...args) => (await adapter()).deleteTask(...args),
    createTaskOnTarget: async (...args) => (await adapter()).createTaskOnTarget(...args),
    createTaskTarget: async (...args) => (await adapter()).createTaskTarget(...args),
    updateTaskTarget: async (...args) => (await adapter()).updateTaskTarget(...args),
    deleteTaskTarget: async (...args) => (await adapter()).deleteTaskTarget(...args),
    searchMembers: async (...args) => (await adapter()).searchMembers(...args),
    getMember: async (...args) => (await adapter()).getMember(...args),
    listRecords: async (kind, query, signal) => (await adapter()).listRecords(kind, query, signal),
    getRecordSummaries: async (...args) => (await adapter()).getRecordSummaries(...args),
    getRecord: async (kind, id, signal) => (await adapter()).getRecord(kind, id, signal),
  };
}
