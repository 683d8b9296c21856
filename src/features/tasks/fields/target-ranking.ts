import type { RecordKind } from '@/domain/types';
import type { PickOption } from '@/features/records/api/queries';

/** 0 exact name, 1 the name starts with the query, 2 a word of it does, 3 anything else. */
function tier(name: string, query: string): number {
  const n = name.trim().toLocaleLowerCase();
  if (n === query) return 0;
  if (n.startsWith(query)) return 1;
  if (n.split(/\s+/).some((word) => word.startsWith(query))) return 2;
  return 3;
}

/**
 * The hits of every kind in one list: exact and prefix name matches first whatever their type
 * (typing "Lumen" offers Lumen Health before the people who work there), then the rest. Within a
 * tier the order of `kinds` and then the server's order stay, so the list does not shuffle.
 */
export function rankOptions(
  query: string,
  kinds: readonly RecordKind[],
  hitsByKind: ReadonlyMap<RecordKind, readonly PickOption[]>,
): PickOption[] {
  const q = query.trim().toLocaleLowerCase();
  const all = kinds.flatMap((kind) => hitsByKind.get(kind) ?? []);
  if (q === '') return all;
  return all
    .map((option, index) => ({ option, index, tier: tier(option.name, q) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ option }) => option);
}
