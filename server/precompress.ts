import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, SUFFIX, type Encoding } from './content-encoding.ts';

// Build-time compression of the built app: every text asset gets a `.br` and a `.gz` beside it,
// at the highest levels (they are made once and served many times). static-app.ts serves them.

/** Text formats worth compressing. Images and fonts are compressed already; source maps are only
 *  fetched by developer tools and would double the build's compression time. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.xml',
  '.webmanifest',
  '.ico',
  '.wasm',
]);

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  gzip: (data) => promisify(gzip)(data, { level: constants.Z_BEST_COMPRESSION }),
};

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export type PrecompressReport = {
  files: number;
  bytes: number;
  compressed: Record<Encoding, number>;
};

/** Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`. A variant that
 *  would not be smaller is not written (and a stale one is removed), so the server never sends
 *  more bytes than the file itself. */
export async function precompressDir(dir: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, compressed: { br: 0, gzip: 0 } };
  const jobs: Promise<void>[] = [];
  for await (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
    jobs.push(
      (async () => {
        const data = await readFile(path);
        report.files++;
        report.bytes += data.length;
        for (const encoding of ENCODINGS) {
          const packed = await compressors[encoding](data);
          const target = path + SUFFIX[encoding];
          if (packed.length < data.length) {
            await writeFile(target, packed);
            report.compressed[encoding] += packed.length;
          } else {
            await rm(target, { force: true });
            report.compressed[encoding] += data.length;
          }
        }
      })(),
    );
  }
  await Promise.all(jobs);
  return report;
}
