// A small seeded PRNG (mulberry32), so the demo data is the same on every machine and every run.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `true` with probability p. */
  chance(p: number): boolean;
  /** A version-4-shaped UUID made from the stream, so ids are fixed for a given seed. */
  uuid(): string;
  shuffle<T>(items: T[]): T[];
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    int,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    uuid() {
      const bytes = Array.from({ length: 16 }, () => int(0, 255));
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [
          items[j] as (typeof items)[number],
          items[i] as (typeof items)[number],
        ];
      }
      return items;
    },
  };
  return rng;
}

/** `count` items spread over `weights` exactly in proportion, then shuffled: every bucket with a
 *  weight gets its share, so small data sets still cover every case. */
export function spread<T>(
  rng: Rng,
  count: number,
  weights: readonly (readonly [T, number])[],
): T[] {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const out: T[] = [];
  weights.forEach(([value, w], i) => {
    const share = i === weights.length - 1 ? count - out.length : Math.round((count * w) / total);
    for (let k = 0; k < share && out.length < count; k++) out.push(value);
  });
  return rng.shuffle(out);
}
