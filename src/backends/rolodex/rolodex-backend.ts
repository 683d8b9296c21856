import type { Backend, BackendKind } from '@/backends/backend';
import { ApiError } from '@/backends/api-error';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '@/backends/http';
import { notSupported } from '@/backends/not-supported';
import { ROLODEX_CAPABILITIES } from './capabilities';
import { parseAnswer } from '@/backends/dalil/parse-answer';
import { listParams, nextCursor, offsetFromCursor } from './params';
import { testRolodexConnection } from './test-connection';
import { toTask } from './to-domain';
import { getTasksOneByOne } from '@/backends/tasks-one-by-one';
import { wireListSchema, wireSingleSchema } from './wire-schemas';

// The Backend port over the Rolodex user API: a read-only task list (offset paging, due-date
// order, tags) and one task by id (contract/rolodex.md).

const API = 'Rolodex';
export const ROLODEX_KEY_HEADER = 'x-rolodex-api-key';

export type RolodexBackendOptions = {
  kind?: BackendKind;
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  http?: Pick<HttpClientOptions, 'timeoutMs' | 'maxAttempts' | 'baseDelayMs'>;
};

/** The shared http client sends Bearer keys; Rolodex wants its own header, added here. */
function withKeyHeader(apiKey: string, fetchImpl?: typeof fetch): typeof fetch {
  const inner = fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (apiKey !== '') headers.set(ROLODEX_KEY_HEADER, apiKey);
    return inner(input, { ...init, headers });
  };
}

/** The server never repeats the key, but a proxy in between might: hide it from messages. */
async function hidingKey<T>(apiKey: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiError && apiKey.length >= 4) {
      const hide = (m: string) => m.split(apiKey).join('[API key hidden]');
      throw new ApiError(error.status, error.messages.map(hide), error.retryAfter);
    }
    throw error;
  }
}

export function createRolodexBackend(options: RolodexBackendOptions): Backend {
  const fetchWithKey = withKeyHeader(options.apiKey, options.fetch);
  const base = { baseUrl: options.baseUrl, apiKey: '', fetch: fetchWithKey, ...options.http };
  const http = createHttpClient(base);
  const probe = createHttpClient({ ...base, maxAttempts: 1 });
  const request = (client: HttpClient, req: Parameters<HttpClient['request']>[0]) =>
    hidingKey(options.apiKey, () => client.request(req));

  const getTask: Backend['getTask'] = async (id, signal) => {
    const body = await request(http, {
      method: 'GET',
      path: `/user-api/v1/tasks/${encodeURIComponent(id)}`,
      query: new URLSearchParams({ include: 'tags' }),
      signal,
    });
    const parsed = parseAnswer(wireSingleSchema, body, 'tasks');
    return toTask('data' in parsed ? parsed.data : parsed);
  };

  return {
    kind: options.kind ?? 'rolodex',
    capabilities: ROLODEX_CAPABILITIES,

    testConnection: (signal) =>
      testRolodexConnection(
        async (s) => {
          const body = await request(probe, {
            method: 'GET',
            path: '/user-api/v1/tasks',
            query: new URLSearchParams({ limit: '1' }),
            signal: s,
          });
          return parseAnswer(wireListSchema, body, 'tasks').pagination?.total ?? null;
        },
        http.origin,
        signal,
      ),

    async listTasks(query, signal) {
      const params = listParams(query);
      const body = await request(http, {
        method: 'GET',
        path: '/user-api/v1/tasks',
        query: params,
        signal,
      });
      const page = parseAnswer(wireListSchema, body, 'tasks');
      const offset = offsetFromCursor(query.cursor);
      const total = page.pagination?.total ?? null;
      return {
        items: page.data.map(toTask),
        nextCursor: nextCursor(offset, Number(params.get('limit')), page.data.length, total),
        totalCount: total,
      };
    },

    getTask,

    getTasksByIds: (ids, signal) => getTasksOneByOne(getTask, ids, signal),

    createTask: notSupported(API, 'Creating a task'),
    createTaskOnTarget: notSupported(API, 'Creating a task'),
    updateTask: notSupported(API, 'Editing a task'),
    deleteTask: notSupported(API, 'Deleting a task'),
    createTaskTarget: notSupported(API, 'Linking a task'),
    updateTaskTarget: notSupported(API, 'Moving a task to another record'),
    deleteTaskTarget: notSupported(API, 'Unlinking a task'),
    getMember: notSupported(API, 'Reading a workspace member'),
    searchMembers: notSupported(API, 'Searching workspace members'),
    listRecords: notSupported(API, 'Listing records'),
    getRecordSummaries: notSupported(API, 'Looking up records'),
    getRecord: notSupported(API, 'Opening a record'),
  };
}
