import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

// The session cookie: HttpOnly (no script reads it, so an XSS cannot carry it off),
// SameSite=Strict (no other site's page or link sends it), Path=/, and Secure when the page was
// served over https. Cookies ignore the port, so the name carries it: two tasklink servers on one
// machine (`npm start` and `npm run dev`) keep separate sessions instead of clearing each other's.

const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' ||
  c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';

export function sessionCookieName(c: Context): string {
  const port = new URL(c.req.url).port;
  return port === '' ? 'tasklink_session' : `tasklink_session_${port}`;
}

export const readSessionCookie = (c: Context): string | undefined =>
  getCookie(c, sessionCookieName(c));

export function writeSessionCookie(c: Context, id: string, expiresAt: Date): void {
  setCookie(c, sessionCookieName(c), id, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookieName(c), {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isHttps(c),
  });
}
