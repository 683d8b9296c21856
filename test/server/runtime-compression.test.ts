import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { compressAssets } from '../../build/compress-assets.ts';
import type { Db } from '../../server/db.ts';
import { insertMany } from '../../server/records/index.ts';
import { buildServer, openTestDb, RUNTIME_KEY, uuid } from './runtime-harness.ts';

// Compressed transfer: the built app's assets are precompressed at build time and served in the
// encoding the browser accepts; API answers are compressed on the fly. Every encoding must decode
// to exactly the bytes of the file or answer itself.

const decoders = { br: brotliDecompressSync, gzip: gunzipSync } as const;

let dist: string;
let db: Db;
let server: ReturnType<typeof buildServer>;

/** Reads a response's raw bytes (app.request never decodes), with the headers that matter. */
async function get(path: string, headers: Record<string, string> = {}) {
  const res = await server.app.request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  // A real `vite build` of a tiny app, with the plugin that `npm start` and the e2e setup use.
  const root = mkdtempSync(join(tmpdir(), 'tasklink-compress-'));
  dist = join(root, 'dist');
  mkdirSync(join(root, 'public'));
  writeFileSync(
    join(root, 'public', 'favicon.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(200)}</svg>`,
  );
  writeFileSync(join(root, 'public', 'tiny.txt'), 'x');
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><title>tasklink</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>',
  );
  const words = Array.from(
    { length: 400 },
    (_, i) => `'task ${i}: follow up with customer ${i % 37}'`,
  );
  writeFileSync(
    join(root, 'main.js'),
    `document.body.dataset.words = [${words.join(', ')}].join();\n`,
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [compressAssets()],
    build: { outDir: dist, emptyOutDir: true },
  });
  db = await openTestDb();
  server = buildServer(db, { staticDir: dist });
});
afterAll(async () => {
  await db.close();
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

const assetPath = () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const src = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error(`no script in the built index.html: ${html}`);
  return src;
};

describe('precompressed assets from the build', () => {
  it('writes a .br and a .gz beside every text asset, and none where it would not be smaller', () => {
    for (const file of [assetPath().slice(1), 'index.html', 'favicon.svg']) {
      const original = readFileSync(join(dist, file));
      expect(brotliDecompressSync(readFileSync(join(dist, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(dist, `${file}.gz`)))).toEqual(original);
    }
    expect(existsSync(join(dist, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(dist, 'tiny.txt.gz'))).toBe(false);
  });

  it.each(['br', 'gzip'] as const)(
    'serves a hashed asset as %s, decoding to the same bytes',
    async (encoding) => {
      const path = assetPath();
      const original = readFileSync(join(dist, path));
      const { res, bytes } = await get(path, { 'accept-encoding': `${encoding}, identity` });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      expect(bytes.length).toBeLessThan(original.length);
      expect(decoders[encoding](bytes)).toEqual(original);
    },
  );

  it('prefers brotli when both are accepted, and honours q=0', async () => {
    const path = assetPath();
    const both = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(both.res.headers.get('content-encoding')).toBe('br');
    const noBrotli = await get(path, { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.res.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the file itself to a client without Accept-Encoding', async () => {
    const path = assetPath();
    const { res, bytes } = await get(path);
    expect(res.headers.get('content-encoding')).toBeNull();
    // The answer still depends on the header, so a shared cache must key on it.
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(bytes).toEqual(readFileSync(join(dist, path)));
  });

  it('serves index.html compressed but never cached for good, at / and at client routes', async () => {
    const original = readFileSync(join(dist, 'index.html'));
    for (const path of ['/', '/tasks', '/people/123']) {
      const { res, bytes } = await get(path, { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(bytes)).toEqual(original);
    }
  });

  it('answers a revalidation with 304, per encoding', async () => {
    const first = await get('/', { 'accept-encoding': 'gzip' });
    const etag = first.res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const otherEncoding = await get('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(otherEncoding.res.status).toBe(200);
  });

  it('serves a small file that was not worth compressing as it is', async () => {
    const { res, bytes } = await get('/tiny.txt', { 'accept-encoding': 'br, gzip' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(bytes.toString()).toBe('x');
  });

  it('never serves a file outside the built app', async () => {
    for (const path of [
      '/../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const { res } = await get(path);
      expect(res.status).toBe(404);
    }
  });
});

describe('compressed API answers', () => {
  const auth = { authorization: `Bearer ${RUNTIME_KEY}` };

  beforeAll(async () => {
    await insertMany(
      db,
      'tasks',
      Array.from({ length: 40 }, (_, i) => ({
        id: uuid(i + 1),
        title: `Call customer ${i} about the renewal`,
      })),
    );
  });

  it.each(['br', 'gzip'] as const)(
    'compresses a large list as %s, decoding to the same JSON',
    async (encoding) => {
      const plain = await get('/rest/tasks?limit=40', auth);
      expect(plain.res.headers.get('content-encoding')).toBeNull();
      expect(plain.res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(plain.bytes.length).toBeGreaterThan(1024);
      const packed = await get('/rest/tasks?limit=40', { ...auth, 'accept-encoding': encoding });
      expect(packed.res.status).toBe(200);
      expect(packed.res.headers.get('content-encoding')).toBe(encoding);
      expect(packed.res.headers.get('content-type')).toMatch(/application\/json/);
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 3);
      expect(decoders[encoding](packed.bytes).toString()).toBe(plain.bytes.toString());
    },
  );

  it('leaves a small answer (an error, one record) uncompressed', async () => {
    const error = await get('/rest/tasks/not-a-uuid', { ...auth, 'accept-encoding': 'br' });
    expect(error.res.status).toBe(400);
    expect(error.res.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(error.bytes.toString())).toMatchObject({ statusCode: 400 });
  });
});
