import { describe, expect, it } from 'vitest';
import type { QueryKey } from '@tanstack/react-query';
import type { Task, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { createQueryClient } from '@/lib/query-client';
import { invalidateRemoteChange } from './invalidate-remote-change';
import { taskQueries } from './queries';

// Which cached queries another tab's message marks stale: what may show the touched tasks and
// records, and nothing else (a record page of an untouched person keeps its answer).

const relation = (id: string, taskId: string, personId: string): TaskTarget => ({
  id,
  taskId,
  target: { kind: 'person', id: personId },
  createdAt: '2026-01-01T00:00:00.000Z',
});

const task = (id: string, targets: TaskTarget[] = []): Task => ({
  id,
  title: `Task ${id}`,
  bodyMarkdown: null,
  status: 'TODO',
  dueAt: null,
  assigneeId: null,
  targets,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const listKey = [...taskQueries.lists(), { status: 'TODO', search: '' }];
const byIdsAda = [...taskQueries.byIdsAll(), ['t1', 't2']];
const byIdsOther = [...taskQueries.byIdsAll(), ['t9']];
const ada = recordQueries.detailKey('person', 'ada');
const bob = recordQueries.detailKey('person', 'bob');
const acme = recordQueries.detailKey('company', 'acme');
const related = [...recordQueries.relatedAll(), 'acme', ['person:ada']];

function seeded() {
  const client = createQueryClient({ retry: false });
  const put = (key: QueryKey, data: unknown) => client.setQueryData(key, data);
  put(listKey, {
    pages: [{ items: [task('t1', [relation('r1', 't1', 'ada')]), task('t3')], nextCursor: null }],
    pageParams: [null],
  });
  put(taskQueries.detailKey('t1'), task('t1', [relation('r1', 't1', 'ada')]));
  put(taskQueries.detailKey('t3'), task('t3'));
  put(byIdsAda, [task('t1'), task('t2')]);
  put(byIdsOther, [task('t9')]);
  put(ada, { id: 'ada', taskTargets: [relation('r1', 't1', 'ada'), relation('r2', 't2', 'ada')] });
  put(bob, { id: 'bob', taskTargets: [relation('r5', 't5', 'bob')] });
  put(acme, { id: 'acme', taskTargets: [] });
  put(related, [{ kind: 'person', id: 'ada', name: 'Ada', taskTargets: [] }]);
  return client;
}

const keys = {
  listKey,
  t1: taskQueries.detailKey('t1'),
  t3: taskQueries.detailKey('t3'),
  byIdsAda,
  byIdsOther,
  ada,
  bob,
  acme,
  related,
};

async function staleAfter(change: Parameters<typeof invalidateRemoteChange>[1]) {
  const client = seeded();
  await invalidateRemoteChange(client, change);
  return Object.entries(keys)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name)
    .sort();
}

describe('invalidateRemoteChange', () => {
  it('a status change of a task: the lists, its view, the panels holding it and its records', async () => {
    expect(await staleAfter({ taskIds: ['t1'], relationIds: [], records: [] })).toEqual(
      ['ada', 'byIdsAda', 'listKey', 'related', 't1'].sort(),
    );
  });

  it('a task this tab never showed: only the lists, which it may now join', async () => {
    expect(await staleAfter({ taskIds: ['new'], relationIds: [], records: [] })).toEqual([
      'listKey',
    ]);
  });

  it('a relation removed: the record that held it and its task, found in this cache', async () => {
    expect(await staleAfter({ taskIds: [], relationIds: ['r5'], records: [] })).toEqual([
      'bob',
      'listKey',
      'related',
    ]);
  });

  it('a link to a company: that company and the task', async () => {
    expect(
      await staleAfter({
        taskIds: ['t3'],
        relationIds: ['r9'],
        records: [{ kind: 'company', id: 'acme' }],
      }),
    ).toEqual(['acme', 'listKey', 't3']);
  });
});
