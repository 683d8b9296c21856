import { describe, expect, it } from 'vitest';
import { company, opportunity, person } from '@/testing/pick-options';
import type { PickOption } from '@/features/records/api/queries';
import type { RecordKind } from '@/domain/types';
import { rankOptions } from './target-ranking';

const KINDS: RecordKind[] = ['person', 'company', 'opportunity'];

const rank = (query: string, hits: PickOption[]) =>
  rankOptions(
    query,
    KINDS,
    new Map(KINDS.map((kind) => [kind, hits.filter((hit) => hit.kind === kind)])),
  ).map((option) => option.name);

describe('rankOptions', () => {
  it('puts the company named "Lumen" before the people found through it', () => {
    // The server matches people by their company too: none of these names holds "lumen".
    const hits = [
      person('p1', 'Amelia Park'),
      person('p2', 'Felix Novak'),
      company('c1', 'Lumen Health'),
      opportunity('o1', 'Lumen Health renewal'),
    ];
    expect(rank('Lumen', hits)).toEqual([
      'Lumen Health',
      'Lumen Health renewal',
      'Amelia Park',
      'Felix Novak',
    ]);
  });

  it('ranks an exact name over a prefix, a prefix over a later word, and that over the rest', () => {
    const hits = [
      person('p1', 'Corvid Dyer'),
      person('p2', 'Anna Corvid'),
      person('p3', 'Nina Bracorvide'),
      company('c1', 'corvid '),
    ];
    expect(rank('  CORVID', hits)).toEqual([
      'corvid ',
      'Corvid Dyer',
      'Anna Corvid',
      'Nina Bracorvide',
    ]);
  });

  it('keeps the type order and the server order within a rank', () => {
    const hits = [
      opportunity('o1', 'Atlas pilot'),
      company('c1', 'Atlas Robotics'),
      person('p1', 'Atlas Two'),
      person('p2', 'Atlas One'),
    ];
    expect(rank('atlas', hits)).toEqual([
      'Atlas Two',
      'Atlas One',
      'Atlas Robotics',
      'Atlas pilot',
    ]);
  });
});
