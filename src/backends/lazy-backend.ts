import type { Backend, BackendCapabilities, BackendKind } from './backend';
import { retryingImport } from '@/lib/import-again';

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
  const download = retryingImport(load);
  let adapter: Backend | undefined;
  const ready = async () => (adapter ??= create(await download()));

  return {
    kind,
    capabilities,
    testConnection: async (...args) => (await ready()).testConnection(...args),
    listTasks: async (...args) => (await ready()).listTasks(...args),
    getTask: async (...args) => (await ready()).getTask(...args),
    getTasksByIds: async (...args) => (await ready()).getTasksByIds(...args),
    createTask: async (...args) => (await ready()).createTask(...args),
    updateTask: async (...args) => (await ready()).updateTask(...args),
    deleteTask: async (...args) => (await ready()).deleteTask(...args),
    createTaskOnTarget: async (...args) => (await ready()).createTaskOnTarget(...args),
    createTaskTarget: async (...args) => (await ready()).createTaskTarget(...args),
    updateTaskTarget: async (...args) => (await ready()).updateTaskTarget(...args),
    deleteTaskTarget: async (...args) => (await ready()).deleteTaskTarget(...args),
    searchMembers: async (...args) => (await ready()).searchMembers(...args),
    getMember: async (...args) => (await ready()).getMember(...args),
    listRecords: async (kind, query, signal) => (await ready()).listRecords(kind, query, signal),
    getRecordSummaries: async (...args) => (await ready()).getRecordSummaries(...args),
    getRecord: async (kind, id, signal) => (await ready()).getRecord(kind, id, signal),
  };
}
