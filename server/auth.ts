import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { forbidden, unauthenticated } from './errors.ts';
import { assertSameOrigin, isWrite } from './session/csrf.ts';
import { readSessionCookie } from './session/session-cookie.ts';
import type { SessionStore } from './session/session-store.ts';

// Auth for every /rest route, before routing (so even an unknown object answers 403 without a
// key), as Twenty does: no usable token is 403 "Missing authentication token", a token that is
// not the key is 401. Both keys are hashed first so the comparison takes the same time whatever
// was sent; no message ever repeats the key. The app's own pages sign in by session cookie
// instead (apiAuth below, session/).

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function keyMatches(sent: string, expected: string): boolean {
  return timingSafeEqual(digest(sent), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S.*)$/i.exec(header?.trim() ?? '');
  return match?.[1]?.trim();
}

export function bearerAuth(apiKey: string): MiddlewareHandler {
  if (apiKey === '') throw new Error('bearerAuth needs a non-empty API key');
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined) throw forbidden('Missing authentication token');
    if (!keyMatches(token, apiKey)) throw unauthenticated('Token invalid.');
    await next();
  };
}

/**
 * Bearer keys exactly as above for API clients; without an Authorization header, the browser's
 * session cookie (session/). A cookie that names no live session (expired, signed out, another
 * server's) is 401, and is left alone (see refusal below); a write signed in by cookie must pass
 * the CSRF check. With neither, 403 as before.
 */
export function apiAuth(apiKey: string, sessions: SessionStore): MiddlewareHandler {
  const bearer = bearerAuth(apiKey);
  return async (c, next) => {
    if (c.req.header('authorization') !== undefined) return bearer(c, next);
    const id = readSessionCookie(c);
    if (id === undefined) throw forbidden('Missing authentication token');
    if (!(await sessions.find(id))) {
      // No clearing Set-Cookie: it would clear whatever the browser holds by the time the answer
      // lands, and a sign-in that crossed this request (the `#key` hand-over replaces the very
      // session this request carried) has just set a new cookie. A dead id signs nobody in; the
      // next sign-in overwrites it, and it expires with the session it named.
      throw unauthenticated('Session expired or signed out; connect again with the API key.');
    }
    if (isWrite(c.req.method)) assertSameOrigin(c);
    await next();
  };
}
