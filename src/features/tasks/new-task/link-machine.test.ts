import { describe, expect, it } from 'vitest';
import type { RecordSummary } from '@/domain/types';
import {
  initialLinkState,
  isBusy,
  linkProgress,
  linkReducer,
  nextPendingLink,
  type LinkEvent,
  type LinkPhase,
  type LinkState,
  type LinkStatus,
} from './link-machine';

const ada: RecordSummary = { kind: 'person', id: 'p1', name: 'Ada Lovelace' };
const acme: RecordSummary = { kind: 'company', id: 'c1', name: 'Acme' };
const deal: RecordSummary = { kind: 'opportunity', id: 'o1', name: 'Big deal' };

const submit = (taskId = 't1'): LinkEvent => ({
  type: 'submit',
  taskId,
  targets: [
    { target: ada, relationId: 'r1' },
    { target: acme, relationId: 'r2' },
    { target: deal, relationId: 'r3' },
  ],
});
const started = (id: string): LinkEvent => ({ type: 'link-started', relationId: id });
const ok = (id: string): LinkEvent => ({ type: 'link-succeeded', relationId: id });
const fail = (id: string, error = 'Server down'): LinkEvent => ({
  type: 'link-failed',
  relationId: id,
  error,
});
const sendAll = (...events: LinkEvent[]) => [
  started('r1'),
  started('r2'),
  started('r3'),
  ...events,
];

type Case = {
  name: string;
  events: LinkEvent[];
  phase: LinkPhase;
  taskId: string | null;
  statuses: LinkStatus[];
  error?: string | null;
  progress?: string;
};

const cases: Case[] = [
  {
    name: 'all succeed',
    events: [submit(), { type: 'task-created' }, ...sendAll(ok('r1'), ok('r2'), ok('r3'))],
    phase: 'done',
    taskId: 't1',
    statuses: ['linked', 'linked', 'linked'],
  },
  {
    name: 'the task fails: no link is sent, the id is kept for the next try',
    events: [submit(), { type: 'task-failed', error: 'Title is too long' }],
    phase: 'create-failed',
    taskId: 't1',
    statuses: ['pending', 'pending', 'pending'],
    error: 'Title is too long',
  },
  {
    name: 'a second submit after a failed create reuses the first task id',
    events: [submit('t1'), { type: 'task-failed', error: 'x' }, submit('t2')],
    phase: 'creating',
    taskId: 't1',
    statuses: ['pending', 'pending', 'pending'],
    error: null,
  },
  {
    name: '1 of 3 links fails',
    events: [submit(), { type: 'task-created' }, ...sendAll(ok('r1'), fail('r2'), ok('r3'))],
    phase: 'links-failed',
    taskId: 't1',
    statuses: ['linked', 'failed', 'linked'],
  },
  {
    name: '1 of 3 links fails and the retry succeeds',
    events: [
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2'), ok('r3')),
      { type: 'retry' },
      started('r2'),
      ok('r2'),
    ],
    phase: 'done',
    taskId: 't1',
    statuses: ['linked', 'linked', 'linked'],
  },
  {
    name: 'the retry fails again',
    events: [
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2'), ok('r3')),
      { type: 'retry' },
      started('r2'),
      fail('r2', 'Still down'),
    ],
    phase: 'links-failed',
    taskId: 't1',
    statuses: ['linked', 'failed', 'linked'],
  },
  {
    name: 'delete after a partial failure',
    events: [
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2'), ok('r3')),
      { type: 'delete' },
      { type: 'deleted' },
    ],
    phase: 'deleted',
    taskId: 't1',
    statuses: ['linked', 'failed', 'linked'],
  },
  {
    name: 'a delete that fails goes back to the choice, saying why',
    events: [
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2'), ok('r3')),
      { type: 'delete' },
      { type: 'delete-failed', error: 'Forbidden' },
    ],
    phase: 'links-failed',
    taskId: 't1',
    statuses: ['linked', 'failed', 'linked'],
    error: 'Forbidden',
  },
  {
    name: 'keep the task without the failed links',
    events: [
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2'), ok('r3')),
      { type: 'keep' },
    ],
    phase: 'done',
    taskId: 't1',
    statuses: ['linked', 'failed', 'linked'],
  },
  {
    name: 'a double submit while creating is a no-op',
    events: [submit('t1'), submit('t2')],
    phase: 'creating',
    taskId: 't1',
    statuses: ['pending', 'pending', 'pending'],
  },
  {
    name: 'a double submit while linking is a no-op',
    events: [submit('t1'), { type: 'task-created' }, started('r1'), submit('t2')],
    phase: 'linking',
    taskId: 't1',
    statuses: ['sending', 'pending', 'pending'],
    progress: '1 of 3',
  },
  {
    name: 'a cancel in the middle: the link in flight lands, the rest are not sent',
    events: [
      submit(),
      { type: 'task-created' },
      started('r1'),
      ok('r1'),
      started('r2'),
      { type: 'cancel' },
      started('r3'),
      ok('r2'),
    ],
    phase: 'links-failed',
    taskId: 't1',
    statuses: ['linked', 'linked', 'skipped'],
  },
  {
    name: 'a cancel while creating: the task lands, no link is sent',
    events: [submit(), { type: 'cancel' }, { type: 'task-created' }],
    phase: 'links-failed',
    taskId: 't1',
    statuses: ['skipped', 'skipped', 'skipped'],
  },
  {
    name: 'a retry after a cancel sends the links that were not sent',
    events: [
      submit(),
      { type: 'cancel' },
      { type: 'task-created' },
      { type: 'retry' },
      started('r1'),
      ok('r1'),
    ],
    phase: 'linking',
    taskId: 't1',
    statuses: ['linked', 'pending', 'pending'],
    progress: '2 of 3',
  },
  {
    name: 'a task without targets is done once created',
    events: [{ type: 'submit', taskId: 't1', targets: [] }, { type: 'task-created' }],
    phase: 'done',
    taskId: 't1',
    statuses: [],
  },
  {
    name: 'retry, keep and delete mean nothing before a partial failure',
    events: [submit(), { type: 'retry' }, { type: 'keep' }, { type: 'delete' }],
    phase: 'creating',
    taskId: 't1',
    statuses: ['pending', 'pending', 'pending'],
  },
];

const run = (events: LinkEvent[]): LinkState => events.reduce(linkReducer, initialLinkState);

describe('the create-then-link machine', () => {
  it.each(cases)('$name', ({ events, phase, taskId, statuses, error, progress }) => {
    const state = run(events);
    expect(state.phase).toBe(phase);
    expect(state.taskId).toBe(taskId);
    expect(state.links.map((l) => l.status)).toEqual(statuses);
    if (error !== undefined) expect(state.error).toBe(error);
    if (progress !== undefined) {
      const { current, total } = linkProgress(state);
      expect(`${current} of ${total}`).toBe(progress);
    }
  });

  it('keeps each relation id and the failure reason through a retry', () => {
    const failed = run([
      submit(),
      { type: 'task-created' },
      ...sendAll(ok('r1'), fail('r2', 'Boom'), ok('r3')),
    ]);
    expect(failed.links[1]).toMatchObject({ relationId: 'r2', status: 'failed', error: 'Boom' });

    const retrying = linkReducer(failed, { type: 'retry' });
    expect(retrying.links.map((l) => l.relationId)).toEqual(['r1', 'r2', 'r3']);
    expect(retrying.round).toEqual(['r2']);
    expect(nextPendingLink(retrying)?.relationId).toBe('r2');
    expect(linkProgress(retrying)).toEqual({ current: 1, total: 1 });
  });

  it('is busy only while requests may be in flight', () => {
    expect(isBusy(run([]))).toBe(false);
    expect(isBusy(run([submit()]))).toBe(true);
    expect(isBusy(run([submit(), { type: 'task-created' }]))).toBe(true);
    expect(isBusy(run([submit(), { type: 'task-failed', error: 'x' }]))).toBe(false);
  });

  it('offers no link to send after a cancel', () => {
    const state = run([submit(), { type: 'task-created' }, started('r1'), { type: 'cancel' }]);
    expect(nextPendingLink(state)).toBeNull();
    expect(state.phase).toBe('linking'); // r1 is still in flight
  });

  it('starts over on reset', () => {
    expect(run([submit(), { type: 'reset' }])).toEqual(initialLinkState);
  });
});
