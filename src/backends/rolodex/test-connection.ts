import type { ConnectionReport } from '@/backends/backend';
import { connectionFailure } from '@/backends/connection-failure';

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
    return connectionFailure(error, origin, {
      api: 'the Rolodex user API',
      baseUrlHint: 'Check the base URL: it should be the address before /user-api/v1.',
      refusedHint: 'Check that the key is right and has not been revoked.',
    });
  }
}
