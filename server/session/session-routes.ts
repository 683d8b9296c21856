import { Hono } from 'hono';
import { bearerToken, keyMatches } from '../auth.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import { assertSameOrigin } from './csrf.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie.ts';
import type { SessionStore } from './session-store.ts';

// /auth/session: the app posts the API key here once (from the `#key` link, or pasted on the
// Connect screen) and gets a session cookie back; every tab on the origin is then signed in.
//   POST   with `Authorization: Bearer <key>` -> 201 and Set-Cookie (403 no key, 401 wrong key)
//   GET    -> whether this browser is signed in, and until when
//   DELETE -> signs this browser out (the session is deleted, the cookie cleared)
// Only sign-in and sign-out set the cookie: a refused request's answer never does (auth.ts).
// Every call must come from the app's own page (csrf.ts); the key is never echoed or stored.

export function createSessionApi(apiKey: string, sessions: SessionStore): Hono {
  const app = new Hono();

  app.post('/auth/session', async (c) => {
    assertSameOrigin(c);
    const token = bearerToken(c.req.header('authorization'));
    if (token === undefined) throw forbidden('Missing authentication token');
    if (!keyMatches(token, apiKey)) throw unauthenticated('Token invalid.');
    const previous = readSessionCookie(c);
    if (previous !== undefined) await sessions.delete(previous);
    const { id, expiresAt } = await sessions.create();
    writeSessionCookie(c, id, expiresAt);
    return c.json({ data: { signedIn: true, expiresAt: expiresAt.toISOString() } }, 201);
  });

  app.get('/auth/session', async (c) => {
    const id = readSessionCookie(c);
    // A dead cookie is left alone, as in apiAuth: clearing it could clear a newer one.
    const session = id === undefined ? undefined : await sessions.find(id);
    return c.json({
      data: session
        ? { signedIn: true, expiresAt: session.expiresAt.toISOString() }
        : { signedIn: false },
    });
  });

  app.delete('/auth/session', async (c) => {
    assertSameOrigin(c);
    const id = readSessionCookie(c);
    if (id !== undefined) await sessions.delete(id);
    clearSessionCookie(c);
    return c.json({ data: { signedIn: false } });
  });

  return app;
}
