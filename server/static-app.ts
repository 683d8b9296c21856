import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { pickEncoding, SUFFIX, varyOnAcceptEncoding, type Encoding } from './content-encoding.ts';

// The built SPA. Security headers are added by createServer for every answer
// (security-headers.ts). Text assets were compressed at build time (build/compress-assets.ts):
// a client that accepts brotli or gzip gets those bytes, any other client the file itself.

/** Hashed file names change with their content, so a browser may keep them for good. Everything
 *  else (index.html above all) is revalidated, so a new build is picked up on the next load. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

type Found = { path: string; size: number; mtimeMs: number };

async function fileAt(path: string): Promise<Found | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** The file a URL path names inside `root`, or undefined. No real asset has `%`, `\` or a dot
 *  segment in its name, so such paths are refused rather than decoded. */
async function resolveFile(root: string, urlPath: string): Promise<Found | undefined> {
  if (/[%\\\0]/.test(urlPath)) return undefined;
  const segments = urlPath.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return undefined;
  const path = join(root, ...segments);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const found = await fileAt(path);
  if (found || segments.length > 0) return found;
  return fileAt(join(root, 'index.html'));
}

/** The variants that exist beside `file`, in order of preference. */
async function variantsOf(file: Found): Promise<Map<Encoding, Found>> {
  const variants = new Map<Encoding, Found>();
  for (const encoding of ['br', 'gzip'] as const) {
    const found = await fileAt(file.path + SUFFIX[encoding]);
    if (found) variants.set(encoding, found);
  }
  return variants;
}

async function sendFile(c: Context, file: Found, cacheControl: string) {
  const variants = await variantsOf(file);
  const encoding = pickEncoding(c.req.header('accept-encoding'), [...variants.keys()]);
  const chosen = encoding ? variants.get(encoding)! : file;
  // One validator per representation: a cache must not answer a gzip request with brotli bytes.
  const etag = `W/"${chosen.size.toString(16)}-${Math.floor(chosen.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
  const headers = new Headers({
    'content-type': getMimeType(file.path) ?? 'application/octet-stream',
    'cache-control': cacheControl,
    etag,
  });
  if (variants.size > 0) varyOnAcceptEncoding(headers);
  if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
  if (encoding) headers.set('content-encoding', encoding);
  headers.set('content-length', String(chosen.size));
  return new Response(await readFile(chosen.path), { status: 200, headers });
}

/** Serves the built SPA from `dir`; unknown extension-less paths get index.html (client routes). */
export function serveSpa(app: Hono, dir: string) {
  const root = resolve(dir);
  app.get('*', async (c) => {
    const file = await resolveFile(root, c.req.path);
    if (file) {
      const immutable = c.req.path.startsWith('/assets/');
      return sendFile(c, file, immutable ? IMMUTABLE : REVALIDATE);
    }
    // A missing asset must stay a 404: answering HTML for a .js URL only hides the real problem.
    if (/\.[A-Za-z0-9]+$/.test(c.req.path)) return c.text('Not found', 404);
    const index = await fileAt(join(root, 'index.html'));
    if (!index) return c.text('Not found', 404);
    return sendFile(c, index, REVALIDATE);
  });
}
