import type { MiddlewareHandler } from 'hono';
import { HttpError } from './errors.ts';

// DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and then talks to this
// server as its "own" origin, so the browser's same-origin rule no longer protects it. Its
// requests still say `Host: evil.example`, so only Host values naming this server are served.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

export const isLoopback = (host: string) => LOOPBACK.has(host.toLowerCase());

const withPort = (name: string, port: number) =>
  port === 80 ? [name, `${name}:80`] : [`${name}:${port}`];

/**
 * The Host values to accept, or undefined for "any". Bound to loopback: the loopback names.
 * Bound to one address: that address. Bound to every address: the configured names only, or any
 * Host when none are configured (the server cannot know the names it is reached by).
 */
export function allowedHosts(
  bound: string,
  port: number,
  extra: readonly string[] = [],
): string[] | undefined {
  const names: string[] = [];
  if (isLoopback(bound)) names.push('127.0.0.1', 'localhost', '[::1]');
  else if (!WILDCARD.has(bound)) names.push(bound.includes(':') ? `[${bound}]` : bound);
  else if (extra.length === 0) return undefined;
  const hosts = names.flatMap((name) => withPort(name, port));
  // Configured names may carry their own port (a reverse proxy in front) or take the bound one.
  for (const name of extra) hosts.push(...(/:\d+$/.test(name) ? [name] : withPort(name, port)));
  return hosts.map((h) => h.toLowerCase());
}

export function hostCheck(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts);
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowed.has(host)) {
      // The refused name is not echoed: it is whatever the other page chose.
      throw new HttpError(421, 'MisdirectedRequestException', [
        'This server does not answer for that Host; open it by its own address',
      ]);
    }
    await next();
  };
}
