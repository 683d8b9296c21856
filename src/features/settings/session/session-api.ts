import { SESSION_CSRF_HEADER } from '@/backends/http';

// The app's own server trades the API key for a session cookie (server/session/). The key is
// sent once, in a header, and never kept: from then on the HttpOnly cookie signs every tab in.

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-key' | 'throttled' | 'unreachable' | 'server'; message: string };

export type SessionInfo = { signedIn: boolean; expiresAt?: string };

const SESSION_PATH = '/auth/session';
const TIMEOUT_MS = 15_000;

function call(method: 'GET' | 'POST' | 'DELETE', headers: Record<string, string> = {}) {
  return fetch(new URL(SESSION_PATH, window.location.origin), {
    method,
    headers: { Accept: 'application/json', [SESSION_CSRF_HEADER]: '1', ...headers },
    credentials: 'same-origin',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

/** Signs this browser in with the API key. Messages never repeat the key. */
export async function signIn(key: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await call('POST', { Authorization: `Bearer ${key.trim()}` });
  } catch {
    return {
      ok: false,
      reason: 'unreachable',
      message: 'Could not reach the tasklink server. Check that npm start is still running.',
    };
  }
  // Read to the end, so the connection is free for the next request.
  await response.text();
  if (response.ok) return { ok: true };
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      reason: 'wrong-key',
      message: 'That key was not accepted. Copy it again from the line npm start printed.',
    };
  }
  if (response.status === 429) {
    const wait = Number(response.headers.get('Retry-After'));
    return {
      ok: false,
      reason: 'throttled',
      message: `Too many wrong keys from this computer. Wait ${Number.isFinite(wait) && wait > 0 ? `${wait} s` : 'a moment'} and try again.`,
    };
  }
  return {
    ok: false,
    reason: 'server',
    message: `The tasklink server could not sign you in (${response.status}). Try again in a moment.`,
  };
}

/** Ends this browser's session on the server; every tab then needs the key again. */
export async function signOut(): Promise<void> {
  const response = await call('DELETE');
  // Read to the end, so the connection is free for the next request.
  await response.text();
  if (!response.ok) throw new Error(`Signing out failed (${response.status}). Try again.`);
}

export async function readSession(): Promise<SessionInfo> {
  const response = await call('GET');
  if (!response.ok) throw new Error(`Could not read the session (${response.status}).`);
  const body = (await response.json()) as { data?: Partial<SessionInfo> };
  return {
    signedIn: body.data?.signedIn === true,
    expiresAt: typeof body.data?.expiresAt === 'string' ? body.data.expiresAt : undefined,
  };
}
