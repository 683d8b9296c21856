import type { Backend, BackendKind } from '@/backends/backend';
import { ResponseFormatError } from '@/backends/api-error';
import { createHttpClient, type HttpClientOptions } from '@/backends/http';
import { createPacingState } from '@/backends/pacing-state';
import { createRateLimiter, TWENTY_RATE_LIMIT, type RateLimit } from '@/backends/rate-limiter';
import type { RecordRef, TaskInput, TaskTarget } from '@/domain/types';
import { createThenLink } from '@/backends/create-then-link';
import { DALIL_CAPABILITIES } from './capabilities';
import { chunk, createDalilClient, isAlreadyExists } from './dalil-client';
import { dalilMemberMethods } from './dalil-members';
import { dalilRecordMethods } from './dalil-records';
import { isIn } from './filter';
import { MAX_LIMIT } from './params';
import { testDalilConnection } from './test-connection';
import { createTaskPager } from './task-pages';
import { toTask, toTaskTarget } from './to-domain';
import { wireTaskDetailSchema, wireTaskSchema, wireTaskTargetSchema } from './wire-schemas';

// The Backend port over the Dalil REST contract. The embedded server speaks the same
// contract, so both kinds use this adapter; only the base URL and the key differ.

export type DalilBackendOptions = {
  kind: BackendKind;
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  /** Timeouts and backoff, for tests. */
  http?: Pick<
    HttpClientOptions,
    'timeoutMs' | 'maxAttempts' | 'baseDelayMs' | 'maxRateLimitedAttempts' | 'rateLimitDelayMs'
  >;
  /**
   * The workspace's request budget the client keeps to; null for none. By default Twenty's
   * 100 per minute on a remote workspace. The embedded server has no limit unless its operator
   * sets one, which it then enforces with 429s that the client waits out; and unit tests run
   * many requests against a fake at once.
   */
  rateLimit?: RateLimit | null;
  /** The app's own server signs the browser in with a cookie (HttpClientOptions.session). */
  session?: HttpClientOptions['session'];
};

function defaultRateLimit(kind: BackendKind): RateLimit | null {
  return kind === 'dalil' && import.meta.env?.MODE !== 'test' ? TWENTY_RATE_LIMIT : null;
}

const TARGET_FIELD = { person: 'personId', company: 'companyId', opportunity: 'opportunityId' };

function taskBody(input: Partial<TaskInput>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (input.title !== undefined) body.title = input.title;
  // Twenty derives the blocknote JSON from markdown; an empty markdown clears the body.
  if (input.bodyMarkdown !== undefined) body.bodyV2 = { markdown: input.bodyMarkdown ?? '' };
  if (input.status !== undefined) body.status = input.status;
  if (input.dueAt !== undefined) body.dueAt = input.dueAt;
  if (input.assigneeId !== undefined) body.assigneeId = input.assigneeId;
  return body;
}

/** One target per relation: the other target columns are cleared explicitly. */
function targetBody(target: RecordRef): Record<string, unknown> {
  return {
    personId: null,
    companyId: null,
    opportunityId: null,
    [TARGET_FIELD[target.kind]]: target.id,
  };
}

function linkOrFail(wire: Parameters<typeof toTaskTarget>[0], where: string): TaskTarget {
  const link = toTaskTarget(wire);
  if (!link) throw new ResponseFormatError('taskTargets', [`${where}.taskId: missing`]);
  return link;
}

export function createDalilBackend(options: DalilBackendOptions): Backend {
  const rateLimit =
    options.rateLimit === undefined ? defaultRateLimit(options.kind) : options.rateLimit;
  const pacing = createPacingState();
  // One budget for the workspace, whichever client spends it.
  const httpOptions = {
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    fetch: options.fetch,
    rateLimiter: rateLimit ? createRateLimiter(rateLimit) : null,
    pacing,
    session: options.session,
  };
  const http = createHttpClient({ ...httpOptions, ...options.http });
  const client = createDalilClient(http);
  // A connection test reports what happened now; retrying would only delay the verdict.
  const probe = createDalilClient(
    createHttpClient({ ...httpOptions, ...options.http, maxAttempts: 1 }),
  );

  const getTask: Backend['getTask'] = async (id, signal) =>
    toTask(await client.get('tasks', 'task', wireTaskDetailSchema, id, 1, signal));

  const getTaskTarget = async (id: string) =>
    linkOrFail(
      await client.get('taskTargets', 'taskTarget', wireTaskTargetSchema, id, 0),
      'data.taskTarget',
    );

  const backend: Backend = {
    kind: options.kind,
    pacing: { subscribe: pacing.subscribe, getSnapshot: pacing.getSnapshot },
    capabilities: DALIL_CAPABILITIES,

    testConnection: (signal) => testDalilConnection(probe, options.kind, http.origin, signal),

    listTasks: createTaskPager(client),

    getTask,

    async getTasksByIds(ids, signal) {
      const unique = [...new Set(ids)];
      const pages = await Promise.all(
        chunk(unique, MAX_LIMIT).map((part) =>
          client.list(
            'tasks',
            wireTaskDetailSchema,
            { depth: 1, filter: isIn('id', part), limit: MAX_LIMIT },
            signal,
          ),
        ),
      );
      const byId = new Map(pages.flatMap((p) => p.items).map((t) => [t.id, toTask(t)]));
      return unique.flatMap((id) => byId.get(id) ?? []);
    },

    async createTask(input) {
      try {
        return toTask(
          await client.create('tasks', 'task', wireTaskSchema, {
            id: input.id,
            ...taskBody(input),
          }),
        );
      } catch (error) {
        if (isAlreadyExists(error)) return getTask(input.id);
        throw error;
      }
    },

    async updateTask(id, patch) {
      return toTask(await client.update('tasks', 'task', wireTaskSchema, id, taskBody(patch)));
    },

    deleteTask: (id) => client.remove('tasks', id),
    createTaskOnTarget: (input) => createThenLink(backend, input),

    async createTaskTarget({ id, taskId, target }) {
      try {
        const body = { id, taskId, [TARGET_FIELD[target.kind]]: target.id };
        const wire = await client.create('taskTargets', 'taskTarget', wireTaskTargetSchema, body);
        return linkOrFail(wire, 'data.createTaskTarget');
      } catch (error) {
        if (isAlreadyExists(error)) return getTaskTarget(id);
        throw error;
      }
    },

    async updateTaskTarget(id, target) {
      const wire = await client.update(
        'taskTargets',
        'taskTarget',
        wireTaskTargetSchema,
        id,
        targetBody(target),
      );
      return linkOrFail(wire, 'data.updateTaskTarget');
    },

    deleteTaskTarget: (id) => client.remove('taskTargets', id),

    ...dalilMemberMethods(client),
    ...dalilRecordMethods(client),
  };
  return backend;
}
