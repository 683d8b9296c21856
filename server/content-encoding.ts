// Content negotiation for compressed answers, shared by the static files (precompressed at build
// time, see build/compress-assets.ts) and the API (compressed on the fly, see compress-api.ts).

export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** The file beside an asset that holds it in `encoding` (`app.js` -> `app.js.br`). */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The best of `offered` (in order of preference) that `acceptEncoding` allows, or undefined for
 * identity. Follows RFC 9110: a `q` of 0 refuses a coding, `*` stands for any coding not named,
 * and a missing header means the client asked for nothing, so it gets identity.
 */
export function pickEncoding(
  acceptEncoding: string | null | undefined,
  offered: readonly Encoding[] = ENCODINGS,
): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...rawParams] = part.split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of rawParams) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (m) q = Number(m[1]);
    }
    // A repeated coding keeps its highest weight: a sloppy header should not refuse by accident.
    weights.set(name, Math.max(q, weights.get(name) ?? 0));
  }
  const weightOf = (encoding: Encoding) =>
    weights.get(encoding) ??
    (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ??
    weights.get('*') ??
    0;
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of offered) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** Adds `Accept-Encoding` to a response's Vary header once. */
export function varyOnAcceptEncoding(headers: Headers) {
  const vary = headers.get('vary');
  if (!vary) headers.set('vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('vary', `${vary}, Accept-Encoding`);
}
