import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { pickEncoding, varyOnAcceptEncoding, type Encoding } from './content-encoding.ts';

// API answers compressed on the fly. A board page at depth=1 is tens of KB of repetitive JSON,
// which brotli shrinks about tenfold; below about 1 KB the headers cost more than is saved.
// Compression runs on libuv's thread pool, off the event loop that serves the database.

export const COMPRESS_THRESHOLD = 1024;

export const compressBody: Record<Encoding, (data: Uint8Array) => Promise<Buffer>> = {
  // Quality 4 is brotli's usual choice for dynamic content: gzip's speed, a better ratio.
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 6 }),
};

const TEXTUAL = /^(application\/(json|[\w.+-]+\+json)|text\/)/i;

/** Compresses textual answers over the threshold for clients that accept brotli or gzip. */
export function compressApi(threshold = COMPRESS_THRESHOLD): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body) return;
    // Already encoded (answer-cache.ts keeps compressed answers): say what it depended on, since
    // headers set after it (CORS's Vary: Origin) may have replaced what it said.
    if (res.headers.has('content-encoding')) return varyOnAcceptEncoding(res.headers);
    if (!TEXTUAL.test(res.headers.get('content-type') ?? '')) return;
    // Whether this answer is compressed depends on the request's Accept-Encoding: caches must know.
    varyOnAcceptEncoding(res.headers);
    const encoding = pickEncoding(c.req.header('accept-encoding'));
    if (!encoding || c.req.method === 'HEAD') return;
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.length < threshold) {
      c.res = new Response(body, res);
      return;
    }
    c.res = new Response(new Uint8Array(await compressBody[encoding](body)), res);
    c.res.headers.set('content-encoding', encoding);
    c.res.headers.delete('content-length');
  };
}
