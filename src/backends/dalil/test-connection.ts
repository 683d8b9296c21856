import type { BackendKind, ConnectionReport } from '@/backends/backend';
import { connectionFailure } from '@/backends/connection-failure';
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
  return connectionFailure(error, origin, {
    api: 'a Dalil REST API',
    baseUrlHint: 'Check that the base URL points at the CRM itself.',
    refusedHint:
      kind === 'embedded'
        ? 'Open the link that `npm start` printed (it carries the key), or enter the key here.'
        : 'Check that the key is right and has not been revoked.',
  });
}
