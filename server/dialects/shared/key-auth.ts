import type { MiddlewareHandler } from 'hono';
import { keyMatches } from '../../auth.ts';
import { DialectError } from './errors.ts';

// Each dialect carries the same API key in its own header. No message repeats what was sent.

export type KeyReader = {
  /** How the key is sent, for the "missing" message, e.g. "Authorization: Bearer <token>". */
  expected: string;
  /** The key from the request, '' when the header is there but holds no key, undefined when absent. */
  read(header: (name: string) => string | undefined): string | undefined;
};

export function keyAuth(apiKey: string, reader: KeyReader): MiddlewareHandler {
  if (apiKey === '') throw new Error('keyAuth needs a non-empty API key');
  return async (c, next) => {
    const sent = reader.read((name) => c.req.header(name));
    if (sent === undefined) {
      throw new DialectError(401, `Missing credentials: send the header '${reader.expected}'`);
    }
    if (sent === '' || !keyMatches(sent, apiKey)) {
      throw new DialectError(401, 'Invalid credentials');
    }
    await next();
  };
}

export const bearerReader: KeyReader = {
  expected: 'Authorization: Bearer <token>',
  read(header) {
    const value = header('authorization');
    if (value === undefined) return undefined;
    const match = /^Bearer\s+(.+)$/i.exec(value.trim());
    return match?.[1]?.trim() ?? '';
  },
};

export const headerReader = (name: string): KeyReader => ({
  expected: `${name}: <API key>`,
  read: (header) => header(name)?.trim(),
});
