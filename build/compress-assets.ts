import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { precompressDir } from '../server/precompress.ts';

/** Vite plugin: after `vite build` has written everything (public/ included), writes brotli and
 *  gzip files beside each asset, so `npm start` and the e2e stack serve them without a step of
 *  their own. */
export function compressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tasklink:compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // A failed build may have written nothing: its error is the one to report.
      if (!existsSync(outDir)) return;
      const report = await precompressDir(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      this.info(
        `precompressed ${report.files} files: ${kb(report.bytes)} -> br ${kb(report.compressed.br)}, gzip ${kb(report.compressed.gzip)}`,
      );
    },
  };
}
