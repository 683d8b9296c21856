import type { ConnectionReport } from '@/backends/backend';
import { ApiError, NetworkError, ResponseFormatError } from '@/backends/api-error';

// One cheap call (one task) and a verdict in plain words; never the key, never a full URL.

export async function testRolodexConnection(
  countTasks: (signal?: AbortSignal) => Promise<number | null>,
  origin: string,
  signal?: AbortSignal,
): Promise<ConnectionReport> {
  try {
    const total = await countTasks(signal);
    const found =
      total === null
        ? 'the tasks endpoint answers'
        : `found ${total} ${total === 1 ? 'task' : 'tasks'}`;
    return { ok: true, summary: `Connected to ${origin}: ${found}.` };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof NetworkError) {
      return { ok: false, reason: 'unreachable', message: error.message };
    }
    if (error instanceof ResponseFormatError) {
      return {
        ok: false,
        reason: 'bad-format',
        message:
          `${origin} answered, but not like the Rolodex user API (${error.issues.join('; ')}). ` +
          'Check the base URL: it should be the address before /user-api/v1.',
      };
    }
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      return {
        ok: false,
        reason: 'unauthorized',
        message: `${origin} refused the API key (${error.status}). Check that the key is right and has not been revoked.`,
      };
    }
    if (error instanceof ApiError && error.status === 404) {
      return {
        ok: false,
        reason: 'not-found',
        message: `No Rolodex user API at this URL (${origin} answered 404); check the base URL.`,
      };
    }
    return {
      ok: false,
      reason: 'server-error',
      message:
        error instanceof ApiError
          ? `${origin} answered with an error (${error.status}): ${error.message}`
          : error instanceof Error
            ? error.message
            : 'The connection test failed.',
    };
  }
}
