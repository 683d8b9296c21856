import type { BackendKind, ConnectionReport } from '@/backends/backend';
import { ApiError, NetworkError, ResponseFormatError } from '@/backends/api-error';
import type { DalilClient } from './dalil-client';
import { wireTaskSchema } from './wire-schemas';

// "Test connection": one cheap call (one task, no relations) and a verdict in plain words.
// Messages name the server's origin at most; never the key, never a full URL.

export async function testDalilConnection(
  client: DalilClient,
  kind: BackendKind,
  origin: string,
  signal?: AbortSignal,
): Promise<ConnectionReport> {
  try {
    const page = await client.list('tasks', wireTaskSchema, { depth: 0, limit: 1 }, signal);
    const found =
      page.totalCount === null
        ? 'the tasks endpoint answers'
        : `found ${page.totalCount} ${page.totalCount === 1 ? 'task' : 'tasks'}`;
    return { ok: true, summary: `Connected to ${describe(kind, origin)}: ${found}.` };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure(error, kind, origin);
  }
}

function describe(kind: BackendKind, origin: string): string {
  return kind === 'embedded' ? 'the embedded backend' : origin;
}

function failure(error: unknown, kind: BackendKind, origin: string): ConnectionReport {
  if (error instanceof NetworkError) {
    return { ok: false, reason: 'unreachable', message: error.message };
  }
  if (error instanceof ResponseFormatError) {
    return {
      ok: false,
      reason: 'bad-format',
      message:
        `${origin} answered, but not like a Dalil REST API (${error.issues.join('; ')}). ` +
        'Check that the base URL points at the CRM itself.',
    };
  }
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) {
      return {
        ok: false,
        reason: 'unauthorized',
        message:
          kind === 'embedded'
            ? `The embedded backend refused the API key (${error.status}). Open the link that ` +
              '`npm start` printed (it carries the key), or enter the key here.'
            : `${origin} refused the API key (${error.status}). Check that the key is right ` +
              'and has not been revoked.',
      };
    }
    if (error.status === 404) {
      return {
        ok: false,
        reason: 'not-found',
        message: `No Dalil REST API at this URL (${origin} answered 404); check the base URL.`,
      };
    }
    return {
      ok: false,
      reason: 'server-error',
      message: `${origin} answered with an error (${error.status}): ${error.message}`,
    };
  }
  return {
    ok: false,
    reason: 'server-error',
    message: error instanceof Error ? error.message : 'The connection test failed.',
  };
}
