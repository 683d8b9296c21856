import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { createApi } from './api.ts';
import { authThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './auth-throttle.ts';
import { compressApi } from './compress-api.ts';
import type { Upstream } from './config.ts';
import { corsAllowlist } from './cors.ts';
import type { Db } from './db.ts';
import { createDialectsApi } from './dialects/index.ts';
import { HttpError, notFound, unauthenticated } from './errors.ts';
import { FaultState, faultMiddleware, parseFaultRules, type FaultRule } from './faults.ts';
import { hostCheck } from './host-check.ts';
import { createProxyApi } from './proxy.ts';
import { rateLimitMiddleware, type RateLimit } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';
import { createSessionApi } from './session/session-routes.ts';
import { dbSessionStore, fileSessionStore, type SessionStore } from './session/session-store.ts';
import { serveSpa } from './static-app.ts';
import { closeOnUnreadBody } from './unread-body.ts';

export type ServerOptions = {
  /** The embedded database; or, in proxy mode, `upstream` instead. */
  db?: Db;
  upstream?: Upstream;
  apiKey: string;
  /** Fault rules; undefined installs no fault middleware (unless testControl is on). */
  faults?: FaultRule[];
  rateLimit?: readonly RateLimit[];
  /** Enables `PUT /__test/faults`, which replaces the fault rules at run time. */
  testControl?: boolean;
  /** The built SPA (`dist/`); when set it is served with index.html as the client-route fallback. */
  staticDir?: string;
  /** Host header values to serve (allowedHosts() in host-check.ts); undefined serves any. */
  hosts?: readonly string[];
  /** Origins whose browsers may call the API (with preflight); none by default. */
  corsOrigins?: readonly string[];
  /** Throttling of wrong API keys per client address. */
  throttle?: ThrottleOptions;
  /** Keep GET answers until the data changes (default on; off only to measure without it). */
  answerCache?: boolean;
  /** Browser sessions; by default in `db`, or in memory in proxy mode. */
  sessions?: SessionStore;
};

const API_PREFIXES = ['/rest/*', '/api/v1/*', '/user-api/v1/*'] as const;

/** The whole embedded server as one Hono app: test middleware, the REST API, and the app. */
export function createServer(options: ServerOptions): Hono {
  const app = new Hono();
  app.onError((error, c) => renderError(c, error));
  app.use('*', closeOnUnreadBody);
  app.use('*', securityHeaders);
  if (options.hosts) app.use('*', hostCheck(options.hosts));
  // The three dialects share one key, so they share the CORS allowlist and one wrong-key budget.
  const cors = corsAllowlist(options.corsOrigins ?? []);
  const throttle = authThrottle(options.throttle ?? DEFAULT_THROTTLE);
  const compress = compressApi();
  // Trading the key for a session is guessing a key too: the same budget of wrong keys.
  app.use('/auth/*', throttle);
  for (const prefix of API_PREFIXES) {
    app.use(prefix, compress);
    app.use(prefix, cors);
    app.use(prefix, throttle);
  }

  if (options.rateLimit) app.use('/rest/*', rateLimitMiddleware(options.rateLimit));
  if (options.faults || options.testControl) {
    const state = new FaultState(options.faults ?? []);
    app.use('/rest/*', faultMiddleware(state));
    if (options.testControl) mountTestControl(app, state, options.apiKey);
  }

  const sessions =
    options.sessions ??
    (options.db ? dbSessionStore(options.db, options.apiKey) : fileSessionStore(options.apiKey));
  app.route('/', createSessionApi(options.apiKey, sessions));
  if (options.upstream) {
    // Proxy mode fronts a Dalil workspace, which speaks only the Dalil dialect.
    app.route(
      '/',
      createProxyApi({ upstream: options.upstream, apiKey: options.apiKey, sessions }),
    );
  } else if (options.db) {
    app.route(
      '/',
      createApi({
        db: options.db,
        apiKey: options.apiKey,
        sessions,
        answerCache: options.answerCache,
      }),
    );
    app.route('/', createDialectsApi({ db: options.db, apiKey: options.apiKey }));
  } else {
    throw new Error('createServer needs a database or an upstream');
  }
  // Anything under the API prefixes that the API did not answer is a JSON 404, never the SPA.
  app.all('/rest/*', (c) => renderError(c, notFound(`Cannot ${c.req.method} ${c.req.path}`)));
  app.all('/auth/*', (c) => renderError(c, notFound(`Cannot ${c.req.method} ${c.req.path}`)));
  app.all('/__test/*', (c) => renderError(c, notFound(`Cannot ${c.req.method} ${c.req.path}`)));

  if (options.staticDir) serveSpa(app, options.staticDir);
  return app;
}

function renderError(c: Context, error: unknown) {
  const http =
    error instanceof HttpError
      ? error
      : new HttpError(500, 'InternalServerErrorException', ['Internal server error']);
  if (!(error instanceof HttpError)) console.error('unexpected error:', error);
  return c.json(http.body(), http.statusCode as 500);
}

function mountTestControl(app: Hono, state: FaultState, apiKey: string) {
  app.put('/__test/faults', async (c) => {
    if (!bearerMatches(c.req.header('authorization'), apiKey)) {
      throw unauthenticated('Missing or invalid API key');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new HttpError(400, 'BadRequestException', [
        'Body must be JSON: a rule or an array of rules',
      ]);
    }
    try {
      state.replace(parseFaultRules(body));
    } catch (error) {
      throw new HttpError(400, 'BadRequestException', [
        error instanceof Error ? error.message : 'Invalid rules',
      ]);
    }
    return c.json({ data: { faults: state.current() } });
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time comparison, so response timing says nothing about the key. */
function bearerMatches(header: string | undefined, apiKey: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1].trim()), digest(apiKey));
}
