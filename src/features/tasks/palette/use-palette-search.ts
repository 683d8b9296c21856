import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useBackend } from '@/backends/backend-context';
import { RECORD_KIND_LABELS, STATUS_LABELS, taskTitle } from '@/domain/labels';
import { RECORD_KINDS, type RecordKind } from '@/domain/types';
import { optionDetail } from '@/features/records/api/pick-option';
import { recordQueries } from '@/features/records/api/queries';
import { useDebounced } from '@/lib/use-debounced';
import { taskQueries } from '../api/queries';
import { loadRecentEntities, loadRecentTasks } from '../recent/recent-store';
import { useBackendScope } from '../recent/use-backend-scope';
import { jumpKey, matchesWords, startsWithTyped, type JumpItem } from './palette-items';

export const PALETTE_SEARCH_DEBOUNCE_MS = 200;
const RECENT_LIMIT = 6;

const isRecordKind = (kind: string): kind is RecordKind =>
  (RECORD_KINDS as readonly string[]).includes(kind);

/** What this browser opened lately on this backend, newest first (the recent store). */
function useRecentItems(): JumpItem[] {
  const scope = useBackendScope();
  const [items] = useState(() => {
    const tasks = loadRecentTasks(scope).map((task) => ({
      at: task.at,
      item: {
        key: jumpKey('task', task.id),
        kind: 'task' as const,
        id: task.id,
        name: taskTitle(task),
        detail: 'Task',
        recent: true,
      },
    }));
    const records = loadRecentEntities(scope).flatMap((entity) =>
      isRecordKind(entity.kind) && entity.name
        ? [
            {
              at: entity.at ?? '',
              item: {
                key: jumpKey(entity.kind, entity.id),
                kind: entity.kind,
                id: entity.id,
                name: entity.name,
                detail: RECORD_KIND_LABELS[entity.kind].singular,
                recent: true,
              },
            },
          ]
        : [],
    );
    return [...tasks, ...records]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((entry) => entry.item);
  });
  return items;
}

/**
 * Tasks, people, companies and opportunities by name, searched on the server once the typing
 * pauses; what was opened lately comes first (all of it before anything is typed, the matching
 * part after). Only what the backend can search is asked.
 */
export function usePaletteSearch(text: string) {
  const backend = useBackend();
  const { capabilities } = backend;
  const typed = text.trim();
  const search = useDebounced(typed, PALETTE_SEARCH_DEBOUNCE_MS);
  const recent = useRecentItems();

  const canSearchTasks = capabilities.canListTasks && capabilities.taskFilters.includes('search');
  const kinds = capabilities.canBrowseRecords
    ? RECORD_KINDS.filter((kind) => capabilities.targetKinds.includes(kind))
    : [];
  const tasks = useQuery({
    ...taskQueries.search(backend, search),
    enabled: canSearchTasks && search.length > 0,
  });
  const records = useQueries({
    queries: kinds.map((kind) => recordQueries.pick(backend, kind, search)),
  });

  const recentShown = (
    typed === '' ? recent : recent.filter((item) => matchesWords(item.name, typed))
  ).slice(0, RECENT_LIMIT);
  const seen = new Set(recentShown.map((item) => item.key));
  const hits: JumpItem[] = [];
  if (typed !== '' && search !== '') {
    for (const task of tasks.data?.items ?? []) {
      hits.push({
        key: jumpKey('task', task.id),
        kind: 'task',
        id: task.id,
        name: taskTitle(task),
        detail: task.status ? `Task · ${STATUS_LABELS[task.status]}` : 'Task',
        recent: false,
      });
    }
    records.forEach((result) => {
      for (const record of result.data ?? []) {
        hits.push({
          key: jumpKey(record.kind, record.id),
          kind: record.kind,
          id: record.id,
          name: record.name,
          detail: [RECORD_KIND_LABELS[record.kind].singular, optionDetail(record, null)]
            .filter(Boolean)
            .join(' · '),
          recent: false,
        });
      }
    });
  }
  // A name that starts with what was typed ("nora" → Nora Silva) before one that only holds it
  // ("Email Nora Silva"); otherwise in the server's order.
  const starts = (item: JumpItem) => (startsWithTyped(item.name, typed) ? 0 : 1);
  const fresh = hits
    .filter((hit) => !seen.has(hit.key) && (seen.add(hit.key), true))
    .map((hit, index) => ({ hit, index, rank: starts(hit) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.hit);

  const searching =
    typed !== search || tasks.isFetching || records.some((result) => result.isFetching);
  const failed = tasks.isError || records.some((result) => result.isError);

  // The hits change only once every search has answered: rows that arrive one kind at a time
  // would push the highlighted row down, and Enter would take another than the first.
  const [settled, setSettled] = useState<{ key: string; hits: JumpItem[] }>({ key: '', hits: [] });
  const freshKey = fresh.map((hit) => hit.key).join('|');
  if (!searching && freshKey !== settled.key) setSettled({ key: freshKey, hits: fresh });
  const shown = typed === '' ? [] : searching ? settled.hits : fresh;
  return { recent: recentShown, hits: shown, searching, failed };
}
