import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

// Security headers are added by createServer for every answer (security-headers.ts).

const immutableAssets: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
};

/** Serves the built SPA from `dir`; unknown extension-less paths get index.html (client routes). */
export function serveSpa(app: Hono, dir: string) {
  app.use('/assets/*', immutableAssets);
  app.use('*', serveStatic({ root: dir }));
  app.get('*', async (c) => {
    // A missing asset must stay a 404: answering HTML for a .js URL only hides the real problem.
    if (/\.[A-Za-z0-9]+$/.test(c.req.path)) return c.text('Not found', 404);
    return c.html(await readFile(join(dir, 'index.html'), 'utf8'));
  });
}
