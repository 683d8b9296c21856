import type { Backend, BackendKind, TaskPatch } from '@/backends/backend';
import { ResponseFormatError } from '@/backends/api-error';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '@/backends/http';
import { NotSupportedError, notSupported } from '@/backends/not-supported';
import { parseAnswer } from '@/backends/dalil/parse-answer';
import { PEOPLELOGIC_CAPABILITIES } from './capabilities';
import { entityTaskPath, newTaskBody, taskBody, taskPath } from './params';
import { testPeoplelogicConnection } from './test-connection';
import { toTask } from './to-domain';
import { getTasksOneByOne } from '@/backends/tasks-one-by-one';
import { wireTaskSchema, type WireTask } from './wire-schemas';

// The Backend port over the Peoplelogic tasks API: create a task on one entity, edit it, read
// it. Nothing else is documented, so nothing else is offered (contract/peoplelogic.md).

const API = 'Peoplelogic';

export type PeoplelogicBackendOptions = {
  kind?: BackendKind;
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  http?: Pick<HttpClientOptions, 'timeoutMs' | 'maxAttempts' | 'baseDelayMs'>;
};

/** The API cannot set these: asking for anything but their defaults fails before any request. */
function refuseUnsupported(patch: TaskPatch, creating: boolean) {
  if (patch.status !== undefined && !(creating && patch.status === 'TODO')) {
    throw new NotSupportedError(API, 'Changing a task’s status');
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== null) {
    throw new NotSupportedError(API, 'Assigning a task');
  }
}

export function createPeoplelogicBackend(options: PeoplelogicBackendOptions): Backend {
  const base = { baseUrl: options.baseUrl, fetch: options.fetch, ...options.http };
  const http = createHttpClient({ ...base, apiKey: options.apiKey });
  const probe = createHttpClient({ ...base, apiKey: options.apiKey, maxAttempts: 1 });
  const anonymous = createHttpClient({ ...base, apiKey: '', maxAttempts: 1 });

  const read = async (client: HttpClient, req: Parameters<HttpClient['request']>[0]) =>
    toTask(parseAnswer(wireTaskSchema, await client.request(req), 'task') as WireTask);

  const getTask: Backend['getTask'] = (id, signal) =>
    read(http, { method: 'GET', path: taskPath(id), signal });

  return {
    kind: options.kind ?? 'peoplelogic',
    capabilities: PEOPLELOGIC_CAPABILITIES,

    testConnection: (signal) =>
      testPeoplelogicConnection(probe, anonymous, options.kind ?? 'peoplelogic', signal),

    getTask,

    getTasksByIds: (ids, signal) => getTasksOneByOne(getTask, ids, signal),

    async createTaskOnTarget({ target, linkId: _linkId, ...input }) {
      refuseUnsupported(input, true);
      return read(http, {
        method: 'POST',
        path: entityTaskPath(target.id),
        body: newTaskBody(input),
      });
    },

    async updateTask(id, patch) {
      refuseUnsupported(patch, false);
      // The edit call is addressed through the task's entity, and needs its name every time.
      const current = await getTask(id);
      const entity = current.linked?.[0];
      if (!entity) {
        throw new ResponseFormatError('task', [
          'connectedTo: missing, so the task cannot be edited (Peoplelogic edits a task through its entity)',
        ]);
      }
      return read(http, {
        method: 'PATCH',
        path: entityTaskPath(entity.id, id),
        body: taskBody(patch, patch.title ?? current.title),
      });
    },

    listTasks: notSupported(API, 'Listing tasks'),
    createTask: notSupported(API, 'Creating a task that is not on a record'),
    deleteTask: notSupported(API, 'Deleting a task'),
    createTaskTarget: notSupported(API, 'Linking a task after it was created'),
    updateTaskTarget: notSupported(API, 'Moving a task to another record'),
    deleteTaskTarget: notSupported(API, 'Unlinking a task'),
    getMember: notSupported(API, 'Reading a workspace member'),
    searchMembers: notSupported(API, 'Searching workspace members'),
    listRecords: notSupported(API, 'Listing records'),
    getRecordSummaries: notSupported(API, 'Looking up records'),
    getRecord: notSupported(API, 'Opening a record'),
  };
}
