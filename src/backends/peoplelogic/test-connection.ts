import type { BackendKind, ConnectionReport } from '@/backends/backend';
import { ApiError } from '@/backends/api-error';
import { connectionFailure } from '@/backends/connection-failure';
import type { HttpClient } from '@/backends/http';

// Peoplelogic has no list to probe. Asking for a task that cannot exist tells us enough: with
// the key, a 404 means the API answered and accepted the key; without a key, the same call must
// then be refused with 401, or this is not an API that checks keys at all (a wrong URL that
// answers 404 to everything).

const NO_SUCH_TASK = '00000000-0000-0000-0000-000000000000';

export async function testPeoplelogicConnection(
  withKey: HttpClient,
  withoutKey: HttpClient,
  kind: BackendKind,
  signal?: AbortSignal,
): Promise<ConnectionReport> {
  const origin = withKey.origin;
  const path = `/api/v1/task/${NO_SUCH_TASK}`;
  try {
    await withKey.request({ method: 'GET', path, signal });
    return { ok: true, summary: `Connected to ${origin}: the Peoplelogic tasks API answers.` };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (!(error instanceof ApiError) || error.status !== 404) return failure(error, origin, kind);
  }
  try {
    await withoutKey.request({ method: 'GET', path, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof ApiError && error.status === 401) {
      return {
        ok: true,
        summary: `Connected to ${origin}: the Peoplelogic tasks API accepted the token.`,
      };
    }
  }
  return {
    ok: false,
    reason: 'not-found',
    message:
      `${origin} answered, but not like the Peoplelogic API (it did not ask for a token). ` +
      'Check the base URL: it should be the address before /api/v1.',
  };
}

function failure(error: unknown, origin: string, kind: BackendKind): ConnectionReport {
  return connectionFailure(error, origin, {
    api: 'the Peoplelogic API',
    baseUrlHint: 'Check the base URL: it should be the address before /api/v1.',
    credential: 'token',
    refusedHint:
      kind === 'peoplelogic' && origin === globalThis.location?.origin
        ? 'The embedded server takes its own API key as the token.'
        : 'Check that the JWT is right and has not expired.',
  });
}
