import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

// The app calls the API from its own origin, which needs no CORS. Other origins get the API only
// when listed (TASKLINK_CORS_ORIGINS); a preflight from any other origin is refused and carries
// no Access-Control-Allow-* header, so the browser never sends the real request.

export function corsAllowlist(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins.map((o) => o.toLowerCase()));
  return async (c, next) => {
    const origin = c.req.header('origin');
    const listed = origin !== undefined && allowed.has(origin.toLowerCase());
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!listed) {
        throw new HttpError(403, 'ForbiddenException', [
          'Cross-origin requests from that origin are not allowed',
        ]);
      }
      c.header('Vary', 'Origin');
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
      c.header('Access-Control-Allow-Headers', 'authorization, content-type');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    await next();
    c.header('Vary', 'Origin');
    if (listed) c.header('Access-Control-Allow-Origin', origin);
  };
}
