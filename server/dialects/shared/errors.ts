import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../../errors.ts';

// Peoplelogic and Rolodex answer errors as { error: <reason phrase>, message: <what is wrong> }
// (contract/peoplelogic.md and contract/rolodex.md), never the Dalil { statusCode, messages }.

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
};

export class DialectError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new DialectError(400, message);
export const notFound = (message: string) => new DialectError(404, message);

export const errorBody = (status: number, message: string) => ({
  error: REASONS[status] ?? 'Error',
  message,
});

/** Renders any failure in the dialect's shape. The records layer's own 400/404s keep their
 *  status and words; anything unexpected is logged by method and path only (never headers, so
 *  never the key) and answered as a bare 500. */
export function renderDialectError(c: Context, error: unknown, dialect: string) {
  if (error instanceof DialectError) {
    return c.json(errorBody(error.status, error.message), error.status);
  }
  if (error instanceof HttpError) {
    const status = error.statusCode as ContentfulStatusCode;
    return c.json(errorBody(status, error.messages.join('; ')), status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(status, error.message || 'Request failed'), status);
  }
  console.error(`[${dialect}] ${c.req.method} ${c.req.path} failed unexpectedly:`, error);
  return c.json(errorBody(500, 'Internal server error'), 500);
}

/** A value quoted in a message, cut short so a huge input never floods an answer. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
