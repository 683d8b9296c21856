import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { forbidden, unauthenticated } from './errors.ts';

// Bearer-key auth for every /rest route, before routing (so even an unknown object answers 403
// without a key), as Twenty does: no usable token is 403 "Missing authentication token", a token
// that is not the key is 401. Both keys are hashed first so the comparison takes the same time
// whatever was sent; no message ever repeats the key.

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
