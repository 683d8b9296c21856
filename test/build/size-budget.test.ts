import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ROUTES,
  BOARD_ROUTE,
  firstLoadFiles,
  formatRouteSizes,
  measureRoutes,
  readManifest,
  type RouteSize,
} from '../../build/measure-routes';

// Issue 10 item 6: the JS the board downloads before its first card, measured on a real build
// of the app (the project's vite.config.ts, into a temporary folder). Size, unlike time, is the
// same on every machine, so a test can hold the line.

/** Issue 10's goal for the board's first load (entry, route chunk, their static imports), gzipped. */
const BOARD_TARGET_GZIP = 120 * 1024;
/**
 * What the board may ship today: a ratchet, lowered as the first load shrinks. It was 175 KB on
 * the bundle branch (171 KB measured) and was raised once, to 190 KB, when the virtualised columns
 * (@tanstack/react-virtual) and the capability-driven board were merged beside it: 185 KB
 * measured. React 19, React Router 7 and TanStack Query alone are about 110 KB of the 120 KB
 * target; drag and drop (14 KB, to load on first drag) and zod/mini (16 KB) are most of the rest.
 * It was raised a second time, to 200 KB (195 KB measured), when the session gate, the offline
 * layer and its write queue, the keyboard model and focus-after-action were merged: all of them
 * act before or on the first card. React Router's declarative router in place of its data router
 * then took it to 178.5 KB: 182 KB. Issue 13's features each put a small host on the board
 * (the list view's switch and overdue badge, the palette's Ctrl+K host, the selection keys and
 * boxes, the Work through link, the tab sync's loader; all the rest loads on demand): 184.7 KB,
 * so 186 KB. Drag and drop (dnd-kit) then loaded on the first sign of a drag, the keys typed
 * after an early keyboard pick-up held for it: 172.8 KB, so 173 KB. The start path's schemas
 * (server answers, stored settings, cursors, tab messages) then moved from zod/mini to the small
 * src/lib/schema (about 1.5 KB; zod stays for the forms, which load on demand): 155.9 KB, so
 * 156 KB. Chunk downloads retried under a new address (Chromium 150 keeps a failed one failed)
 * and the watcher for a return to the tab before the tab sync loads added 0.5 KB; the Rolodex
 * and Peoplelogic adapters then loaded on their first request: 155.1 KB, still 156 KB. What is
 * left is mostly libraries: react-dom 64 KB, React Router 13, TanStack Query 12, TanStack
 * Virtual 12, React 3; the app's own code about 45 KB. The shell's dozen shared chunks then
 * became one (build/shell-chunk.ts), 3–5 KB less on every page: 151.3 KB, so 152 KB.
 */
const BOARD_BUDGET_GZIP = 152 * 1024;

const root = new URL('../..', import.meta.url).pathname;
let outDir = '';
let sizes: RouteSize[] = [];

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'tasklink-size-'));
  // Vite keeps the NODE_ENV it finds, and the test runner's is "test": React would be bundled
  // in its development build, three times the size of what users get.
  const runnerEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = runnerEnv;
  }
  sizes = await measureRoutes(outDir);
  console.log(`First-load JS per route (gzip -9, brotli q11):\n${formatRouteSizes(sizes)}`);
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('JS size budget', () => {
  it(`keeps the board's first load within ${BOARD_BUDGET_GZIP / 1024} KB gzipped`, () => {
    const board = sizes.find((size) => size.route === BOARD_ROUTE);
    expect(board, 'the board route was measured').toBeDefined();
    const gzip = board?.gzip ?? Infinity;
    const overTarget = gzip - BOARD_TARGET_GZIP;
    console.log(
      `Board first load: ${(gzip / 1024).toFixed(1)} KB gzipped; issue 10's target ` +
        `${BOARD_TARGET_GZIP / 1024} KB (${overTarget > 0 ? `${(overTarget / 1024).toFixed(1)} KB over` : 'met'}).`,
    );
    expect(gzip).toBeLessThanOrEqual(BOARD_BUDGET_GZIP);
  });

  it('measures every route from the entry, not from a chunk the manifest does not have', async () => {
    const manifest = await readManifest(outDir);
    for (const src of Object.values(APP_ROUTES)) {
      if (src !== null) expect(manifest[src]?.isDynamicEntry, src).toBe(true);
    }
    const board = firstLoadFiles(manifest, APP_ROUTES[BOARD_ROUTE] ?? null);
    expect(board).toContain(manifest['index.html']?.file);
  });

  it('leaves zod to the forms that load on demand: the start path reads with src/lib/schema', async () => {
    const manifest = await readManifest(outDir);
    for (const file of firstLoadFiles(manifest, APP_ROUTES[BOARD_ROUTE] ?? null)) {
      // zod names its classes in strings ("$ZodType"), which minifying keeps.
      expect(await readFile(join(outDir, file), 'utf8'), file).not.toContain('$ZodType');
    }
  });

  it('keeps the shell in one chunk that imports nothing back from the entry', async () => {
    const manifest = await readManifest(outDir);
    const entry = manifest['index.html'];
    const shell = (entry?.imports ?? []).filter((key) =>
      /(^|\/)shell-[^/]*\.js$/.test(manifest[key]?.file ?? ''),
    );
    expect(shell, 'the entry imports one shell chunk').toHaveLength(1);
    // A package the shell's code imports but SHELL_PACKAGES does not name stays in the entry
    // chunk, which the shell then imports back: two chunks each waiting on the other to run.
    expect(manifest[shell[0]!]?.imports ?? []).not.toContain('index.html');
  });

  it("leaves out what loads on demand: the status menu's React Aria, markdown, the dialogs, drag and drop", async () => {
    const manifest = await readManifest(outDir);
    const board = new Set(firstLoadFiles(manifest, APP_ROUTES[BOARD_ROUTE] ?? null));
    const onDemand = [
      'src/features/tasks/components/status-menu-popover.tsx',
      'src/features/tasks/editor/components/markdown-view.tsx',
      'src/features/tasks/new-task/components/new-task-dialog.tsx',
      'src/features/tasks/editor/components/task-editor-panel.tsx',
      'src/components/ui/toast/toaster.tsx',
      'src/features/tasks/components/drag/drag-layer.tsx',
    ];
    for (const src of onDemand) {
      const chunk = manifest[src];
      expect(chunk?.isDynamicEntry, `${src} is its own lazy chunk`).toBe(true);
      expect(board.has(chunk?.file ?? ''), `${src} is not in the board's first load`).toBe(false);
    }
  });
});
