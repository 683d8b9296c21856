import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';

// An early answer (401, 413, 404 before the body is read) leaves the body on the socket.
// @hono/node-server then drains it for at most 500 ms and destroys the socket although the
// answer said keep-alive, so a request the client sends on that socket meanwhile is reset.
// Instead, before answering: read and discard a body of reasonable size, so the connection is
// clean and stays reusable; past that size or time, answer `Connection: close`, which makes Node
// end the socket after the answer and tells the client not to reuse it.

/** Bytes worth reading to keep a connection: a few times the 1 MB body limit. */
const DRAIN_MAX_BYTES = 4 * 1024 * 1024;
const DRAIN_MAX_MS = 5_000;

/** Reads and drops the rest of the body; true when it ended within the bounds. The adapter's
 *  web stream owns the Node request once made, so the body is read through it. */
async function drain(body: ReadableStream<Uint8Array>, declared: number): Promise<boolean> {
  if (declared > DRAIN_MAX_BYTES || body.locked) return false;
  const reader = body.getReader();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), DRAIN_MAX_MS);
  });
  let bytes = 0;
  try {
    for (;;) {
      const chunk = await Promise.race([reader.read(), timeout]);
      if (chunk === 'late') return false;
      if (chunk.done) return true;
      bytes += chunk.value.byteLength;
      if (bytes > DRAIN_MAX_BYTES) return false;
    }
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}

export const closeOnUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  // In-process calls (app.request in tests) have no Node request behind them.
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  // `complete` turns true once the whole request has been received; a body nobody read stays
  // stuck in the socket's buffers.
  if (!incoming || incoming.complete) return;
  const body = c.req.raw.body;
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (c.req.raw.bodyUsed || !body || !(await drain(body, declared))) {
    c.header('Connection', 'close');
  }
};
