// Deeply nested JSON is cheap to send (3,000 levels fit in 6 KB) and breaks every recursive walk
// after it (JSON.stringify replacers, rich-text flattening) with a stack overflow. Bodies are
// measured once, without recursion, and refused past a depth no real record needs.

/** Twenty records nest a few levels (record > composite > array > item); batches add one. */
export const MAX_JSON_DEPTH = 32;

/** The nesting depth of a parsed JSON value (a scalar is 0), counted without recursion; stops
 *  as soon as it passes `limit`, so a hostile value costs no more than a legal one. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const [node, depth] = item;
    if (typeof node !== 'object' || node === null) continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) pending.push([child, inner]);
    }
  }
  return deepest;
}

export const tooDeepMessage = (what: string) =>
  `${what} is nested more than ${MAX_JSON_DEPTH} levels deep`;
