import type { Context } from 'hono';
import { HttpError } from '../errors.ts';

// A cookie is sent with any request to the origin, so a write signed in by cookie must prove it
// comes from the app's own page: a custom header (which no form and no cross-origin fetch without
// a granted preflight can add), and, where the browser says where the request came from, this
// very origin. A Bearer key is never sent by the browser on its own, so it needs none of this.

export const CSRF_HEADER = 'x-tasklink-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isWrite = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

const refused = (message: string) =>
  new HttpError(403, 'CSRF_REFUSED', [
    `${message}. A request signed in by the session cookie must come from tasklink's own page and send the header "X-Tasklink-CSRF: 1"`,
  ]);

function ownOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.replace(':', '');
  return `${scheme}://${c.req.header('host') ?? url.host}`.toLowerCase();
}

/** Throws 403 unless this cookie-signed write comes from the app's own origin. */
export function assertSameOrigin(c: Context): void {
  if (c.req.header(CSRF_HEADER) !== '1') throw refused('Missing the X-Tasklink-CSRF header');
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    throw refused(`Refused a ${site} request`);
  }
  const origin = c.req.header('origin');
  if (origin !== undefined && origin.toLowerCase() !== ownOrigin(c)) {
    throw refused('Refused a request from another origin');
  }
}
