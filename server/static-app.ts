import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Radix and its scroll lock inject <style> elements and inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  // The app may be pointed at a Dalil/Twenty backend on any origin the user configures.
  'connect-src *',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  // The API key travels in the URL fragment on first load; no referrer may carry the URL anywhere.
  c.header('Referrer-Policy', 'no-referrer');
  if (c.res.headers.get('content-type')?.startsWith('text/html')) {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    // index.html names the hashed bundles, so it must be revalidated after every build.
    c.header('Cache-Control', 'no-cache');
  }
};

const immutableAssets: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
};

/** Serves the built SPA from `dir`; unknown extension-less paths get index.html (client routes). */
export function serveSpa(app: Hono, dir: string) {
  app.use('*', securityHeaders);
  app.use('/assets/*', immutableAssets);
  app.use('*', serveStatic({ root: dir }));
  app.get('*', async (c) => {
    // A missing asset must stay a 404: answering HTML for a .js URL only hides the real problem.
    if (/\.[A-Za-z0-9]+$/.test(c.req.path)) return c.text('Not found', 404);
    return c.html(await readFile(join(dir, 'index.html'), 'utf8'));
  });
}
