import type { SqlFragment } from './query/types.ts';

/** Quotes an identifier that comes from metadata (never from a request). */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Joins fragments, renumbering `?` into $1..$n. `?` never appears inside our SQL text except as a
 *  placeholder, because values are never written into SQL. */
export function toStatement(fragment: SqlFragment): { text: string; params: unknown[] } {
  let n = 0;
  const text = fragment.sql.replace(/\?/g, () => `$${++n}`);
  if (n !== fragment.params.length) {
    throw new Error(`placeholder count ${n} does not match ${fragment.params.length} params`);
  }
  return { text, params: fragment.params };
}

export function joinFragments(parts: SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}
