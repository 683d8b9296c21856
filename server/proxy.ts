import { Hono } from 'hono';
import { apiAuth } from './auth.ts';
import { restBodyLimit } from './body-limit.ts';
import type { Upstream } from './config.ts';
import { HttpError } from './errors.ts';
import { fileSessionStore, type SessionStore } from './session/session-store.ts';

// Proxy mode for teams: the browser talks to tasklink on the app's own origin with tasklink's
// key; tasklink forwards /rest/* to the Dalil workspace with the workspace key, which therefore
// never reaches a browser. Nothing here logs or echoes that key: messages name the upstream by
// its URL only, and an answer that happens to contain the key has it blanked out.

const UPSTREAM_TIMEOUT_MS = 30_000;
/** Request headers worth passing on; everything else (cookies, the browser's Authorization,
 *  Origin) stays here. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'accept', 'accept-language'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after'];

const badGateway = (message: string) => new HttpError(502, 'BadGatewayException', [message]);

export type ProxyOptions = {
  upstream: Upstream;
  apiKey: string;
  /** Browser sessions; by default kept in memory only. */
  sessions?: SessionStore;
  fetch?: typeof fetch;
};

export function createProxyApi({
  upstream,
  apiKey,
  sessions = fileSessionStore(apiKey),
  fetch: fetchImpl = fetch,
}: ProxyOptions): Hono {
  const app = new Hono();
  app.use('/rest/*', apiAuth(apiKey, sessions));
  app.use('/rest/*', restBodyLimit());

  app.all('/rest/*', async (c) => {
    const url = new URL(c.req.url);
    const headers = new Headers({ authorization: `Bearer ${upstream.apiKey}` });
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const hasBody = !['GET', 'HEAD'].includes(c.req.method);
    let res: Response;
    try {
      res = await fetchImpl(`${upstream.url}${url.pathname}${url.search}`, {
        method: c.req.method,
        headers,
        body: hasBody ? await c.req.arrayBuffer() : undefined,
        // A redirect could carry the request (and its key) somewhere else: refused instead.
        redirect: 'manual',
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new HttpError(504, 'GatewayTimeoutException', [
          `The Dalil workspace at ${upstream.url} did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} s`,
        ]);
      }
      throw badGateway(`The Dalil workspace at ${upstream.url} could not be reached`);
    }
    if (res.status === 401 || res.status === 403) {
      // Not the user's key (that was checked above): tasklink's own is refused upstream.
      await res.body?.cancel();
      throw badGateway(
        `The Dalil workspace at ${upstream.url} refused tasklink's UPSTREAM_API_KEY (status ${res.status}); ask whoever runs tasklink to check it`,
      );
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      throw badGateway(`The Dalil workspace at ${upstream.url} answered with a redirect`);
    }
    const text = (await res.text()).replaceAll(upstream.apiKey, '[redacted]');
    const out = new Headers();
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(res.status === 204 ? null : text, { status: res.status, headers: out });
  });
  return app;
}
