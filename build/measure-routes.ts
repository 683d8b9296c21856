import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`build.manifest`), the fields this module reads. */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};

export type Manifest = Record<string, ManifestChunk>;

export type RouteSize = {
  route: string;
  /** Built JS files the route needs before it renders: the entry, the route chunk and their static imports. */
  files: string[];
  raw: number;
  /** Each file gzipped on its own at level 9, as a precompressed asset is sent. */
  gzip: number;
  /** Each file brotli-compressed on its own at quality 11. */
  brotli: number;
};

const ENTRY = 'index.html';

/**
 * The app's routes and the module each one lazy-loads (src/app/router.tsx). The record routes share
 * their chunks between people, companies and opportunities, so each is listed once.
 */
export const APP_ROUTES: Record<string, string | null> = {
  'board (/tasks)': 'src/app/routes/board-page.tsx',
  'task (/tasks/:id)': 'src/app/routes/task-editor-page.tsx',
  'record list (/people)': 'src/app/routes/record-list-page.tsx',
  'record (/people/:id)': 'src/app/routes/record-detail-page.tsx',
  'settings (/settings)': 'src/app/routes/settings-page.tsx',
};

export const BOARD_ROUTE = 'board (/tasks)';

/**
 * The JS files a route loads before it renders: the entry and the route chunk, each with every
 * chunk it imports statically (what the browser fetches or modulepreloads up front). Dynamic
 * imports are left out on purpose: they load on demand, after the first render.
 */
export function firstLoadFiles(manifest: Manifest, routeSrc: string | null): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk "${key}"`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(ENTRY);
  if (routeSrc !== null) visit(routeSrc);
  return [...seen]
    .map((key) => manifest[key]?.file ?? key)
    .filter((file) => file.endsWith('.js'))
    .sort();
}

export async function readManifest(outDir: string): Promise<Manifest> {
  const text = await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8');
  return JSON.parse(text) as Manifest;
}

async function sizeOf(outDir: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = await readFile(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length;
  }
  return { raw, gzip, brotli };
}

/**
 * First-load JS per route of a build made with `build.manifest` (vite.config.ts turns it on).
 * `outDir` is the build's output folder, e.g. `dist`.
 */
export async function measureRoutes(
  outDir: string,
  routes: Record<string, string | null> = APP_ROUTES,
): Promise<RouteSize[]> {
  const manifest = await readManifest(outDir);
  const sizes: RouteSize[] = [];
  for (const [route, src] of Object.entries(routes)) {
    const files = firstLoadFiles(manifest, src);
    sizes.push({ route, files, ...(await sizeOf(outDir, files)) });
  }
  return sizes;
}

/** A fixed-width table of `measureRoutes`' answer, in KB (1,024 bytes). */
export function formatRouteSizes(sizes: RouteSize[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
  const width = Math.max(5, ...sizes.map((size) => size.route.length));
  const header = `${'route'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}  files`;
  const rows = sizes.map(
    (size) =>
      `${size.route.padEnd(width)}  ${kb(size.raw)}  ${kb(size.gzip)}  ${kb(size.brotli)}  ${size.files.length}`,
  );
  return [header, ...rows].join('\n');
}
