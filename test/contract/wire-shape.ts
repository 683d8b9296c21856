// Compares an answer with a page's example field for field: every field the example has is
// there with the same JSON type, arrays hold items shaped like the example's first one, and
// nothing is added unless a test says so. A null in the example accepts any value; a null in the
// answer is a mismatch unless its path is listed as nullable.

export type ShapeOptions = { nullable?: readonly string[]; extra?: readonly string[] };

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

export function shapeMismatches(
  actual: unknown,
  example: unknown,
  options: ShapeOptions = {},
  path = '',
): string[] {
  const here = path || '(root)';
  if (example === null) return [];
  if (actual === null) {
    return options.nullable?.includes(path) ? [] : [`${here}: null, example has ${kind(example)}`];
  }
  if (kind(actual) !== kind(example))
    return [`${here}: ${kind(actual)}, example has ${kind(example)}`];
  if (Array.isArray(example)) {
    const first = example[0];
    if (first === undefined) return [];
    return (actual as unknown[]).flatMap((item, i) =>
      shapeMismatches(item, first, options, `${path}[]`).map((m) => m.replace('[]', `[${i}]`)),
    );
  }
  if (typeof example !== 'object') return [];
  const got = actual as Record<string, unknown>;
  const want = example as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(want)) {
    const sub = path ? `${path}.${key}` : key;
    if (!(key in got)) problems.push(`${sub}: missing`);
    else problems.push(...shapeMismatches(got[key], want[key], options, sub));
  }
  for (const key of Object.keys(got)) {
    const sub = path ? `${path}.${key}` : key;
    if (!(key in want) && !options.extra?.includes(sub))
      problems.push(`${sub}: not in the example`);
  }
  return problems;
}
