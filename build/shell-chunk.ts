// One chunk for the app's shell: the code the entry imports.
//
// main.tsx imports the shell statically: React, the router, the query and backend layers, the
// layout. The pages load on demand and import much of it too, so the bundler split each part
// they share into a chunk of its own: a dozen files that every page's first load fetched, each
// compressed on its own and paying again for the names and idioms the others share. Kept
// together they are one request and 3–5 KB less gzip on every page. Nothing moves into or out of
// any page's first load: all of it was fetched before the first render already.
//
// Packages are taken by name. The entry also reaches React Aria's barrels, whose modules the
// bundler leaves out when nothing uses them; put in a group, they are kept. A package the
// shell's code imports must be listed, or the shell imports it back from the entry chunk, a
// cycle that test/build/size-budget.test.ts refuses.
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../src/main.tsx', import.meta.url));

export const SHELL_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  'react-router',
  'react-router-dom',
  '@tanstack',
  'use-sync-external-store',
  'cookie',
  'set-cookie-parser',
  'react-stately',
];

const SHELL_PACKAGE = new RegExp(`/node_modules/(${SHELL_PACKAGES.join('|')})/`);

type ModuleLinks = { importedIds: readonly string[] };
export type ModuleGraph = { getModuleInfo(id: string): ModuleLinks | null };

function staticClosure(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen;
}

/** A `codeSplitting` group's name function: 'shell' for the shell's modules, as above. */
export function shellChunkName(): (id: string, graph: ModuleGraph) => string | null {
  let shell: Set<string> | null = null;
  return (id, graph) => {
    shell ??= staticClosure(graph, ENTRY);
    const ours = !id.includes('/node_modules/') || SHELL_PACKAGE.test(id);
    return id !== ENTRY && ours && shell.has(id) ? 'shell' : null;
  };
}
