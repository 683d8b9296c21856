import { describe, expect, it } from 'vitest';
import { loadRecentEntities, loadRecentTasks, rememberEntity, rememberTask } from './recent-store';

const here = { kind: 'peoplelogic' as const, baseUrl: 'https://pl.test' };
const elsewhere = { kind: 'peoplelogic' as const, baseUrl: 'https://other.test' };

describe('recent tasks and entities', () => {
  it('keeps them per backend, newest first, a task seen again moving up with its new title', () => {
    rememberTask(here, { id: 'a', title: 'First' }, new Date('2026-01-01T10:00:00Z'));
    rememberTask(here, { id: 'b', title: 'Second' }, new Date('2026-01-01T11:00:00Z'));
    rememberTask(here, { id: 'a', title: 'First, renamed' }, new Date('2026-01-01T12:00:00Z'));
    expect(loadRecentTasks(here).map((t) => [t.id, t.title])).toEqual([
      ['a', 'First, renamed'],
      ['b', 'Second'],
    ]);
    expect(loadRecentTasks(elsewhere)).toEqual([]);
  });

  it('keeps at most 30, and survives what another tab or a person left in storage', () => {
    for (let i = 0; i < 40; i += 1) rememberTask(here, { id: `t${i}`, title: `T${i}` });
    expect(loadRecentTasks(here)).toHaveLength(30);
    expect(loadRecentTasks(here)[0]?.id).toBe('t39');

    localStorage.setItem(`tasklink.recent.tasks.${here.kind}.${here.baseUrl}`, '{not json');
    expect(loadRecentTasks(here)).toEqual([]);
    localStorage.setItem(
      `tasklink.recent.entities.${here.kind}.${here.baseUrl}`,
      JSON.stringify([{ kind: 'person', id: 'p1' }, { kind: 5 }, 'x', null]),
    );
    expect(loadRecentEntities(here)).toEqual([{ kind: 'person', id: 'p1' }]);
    rememberEntity(here, { kind: 'company', id: 'c1' });
    rememberEntity(here, { kind: 'person', id: 'p1' });
    expect(loadRecentEntities(here)).toEqual([
      { kind: 'person', id: 'p1' },
      { kind: 'company', id: 'c1' },
    ]);
  });
});
