import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressAssets } from './build/compress-assets.ts';
import { shellChunkName } from './build/shell-chunk.ts';

export default defineConfig({
  plugins: [react(), compressAssets()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The manifest lets build/measure-routes.ts follow each route's chunks (size budget, bench).
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the modules named, not what they import: that stays where the bundler puts it.
          groups: [
            { name: shellChunkName(), debugName: 'shell', includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
