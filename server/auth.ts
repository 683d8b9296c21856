import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { unauthenticated } from './errors.ts';

// Bearer-key auth for every /rest route. Both keys are hashed first so the comparison takes the
// same time whatever the length or content of what was sent; no message ever repeats the key.

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function keyMatches(sent: string, expected: string): boolean {
  return timingSafeEqual(digest(sent), digest(expected));
}

export function bearerAuth(apiKey: string): MiddlewareHandler {
  if (apiKey === '') throw new Error('bearerAuth needs a non-empty API key');
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      throw unauthenticated("Missing API key: send the header 'Authorization: Bearer <API key>'");
    }
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) {
      throw unauthenticated("Malformed Authorization header: expected 'Bearer <API key>'");
    }
    if (!keyMatches(match[1]!.trim(), apiKey)) throw unauthenticated('Invalid API key');
    await next();
  };
}
