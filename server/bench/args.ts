// The command line of bench-server.ts:
//
//   --json              one JSON object on stdout (BenchReport in report.ts); progress goes to
//                       stderr. `npm run bench` reads it: keep its shape stable.
//   --db=pglite,postgres  which databases to run (default both).
//   --compressed        clients send `Accept-Encoding: br, gzip` (default: none, as autocannon).
//   --uncached          serve without the answer cache, so every request reads the database.

export type Database = 'pglite' | 'postgres';

export type BenchArgs = {
  json: boolean;
  compressed: boolean;
  answerCache: boolean;
  databases: ReadonlySet<Database>;
};

export const USAGE =
  'usage: bench-server.ts [--json] [--compressed] [--uncached] [--db=pglite,postgres]';

const FLAGS = ['--json', '--compressed', '--uncached'];

const isDatabase = (name: string): name is Database => name === 'pglite' || name === 'postgres';

/** The options in `args`, or undefined when any is unknown (the caller prints USAGE). */
export function parseArgs(args: readonly string[]): BenchArgs | undefined {
  const dbArg = args.find((a) => a.startsWith('--db='))?.slice('--db='.length) ?? 'pglite,postgres';
  const unknown = args.filter((a) => !FLAGS.includes(a) && !a.startsWith('--db='));
  const wanted = dbArg.split(',').map((d) => d.trim());
  if (unknown.length > 0 || !wanted.every(isDatabase)) return undefined;
  return {
    json: args.includes('--json'),
    compressed: args.includes('--compressed'),
    answerCache: !args.includes('--uncached'),
    databases: new Set(wanted),
  };
}
