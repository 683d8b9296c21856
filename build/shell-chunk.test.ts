import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shellChunkName, type ModuleGraph } from './shell-chunk';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const pkg = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const ENTRY = src('main.tsx');
const LINKS: Record<string, string[]> = {
  [ENTRY]: [src('app/providers.tsx'), pkg('react-dom/client.js')],
  [src('app/providers.tsx')]: [pkg('@tanstack/query-core/build/index.js'), pkg('react-aria/x.mjs')],
  [src('app/routes/board-page.tsx')]: [src('features/tasks/board.tsx'), src('app/providers.tsx')],
};
const graph: ModuleGraph = {
  getModuleInfo: (id) => ({ importedIds: LINKS[id] ?? [] }),
};

describe('shellChunkName', () => {
  const name = shellChunkName();

  it("puts the entry's own code and the named packages it imports in the shell", () => {
    expect(name(src('app/providers.tsx'), graph)).toBe('shell');
    expect(name(pkg('react-dom/client.js'), graph)).toBe('shell');
    expect(name(pkg('@tanstack/query-core/build/index.js'), graph)).toBe('shell');
  });

  it('leaves the entry itself, other packages, and what only a page imports where they are', () => {
    expect(name(ENTRY, graph)).toBeNull();
    // React Aria's barrels reach modules nothing uses; grouped, the bundler would keep them.
    expect(name(pkg('react-aria/x.mjs'), graph)).toBeNull();
    expect(name(src('app/routes/board-page.tsx'), graph)).toBeNull();
    expect(name(src('features/tasks/board.tsx'), graph)).toBeNull();
  });
});
