import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Sizes of the JS files a route loaded, read from the build output. Kept to one small function
// so a shared route-size measure (a size budget's) can replace it.

export type JsSize = { files: number; raw: number; gzip: number; brotli: number };

export function measureJs(staticDir: string, paths: readonly string[]): JsSize {
  const total: JsSize = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const path of new Set(paths)) {
    const bytes = readFileSync(join(staticDir, decodeURIComponent(path)));
    total.files += 1;
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}
