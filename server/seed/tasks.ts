import { TASK_STATUSES } from '../metadata.ts';
import { spread, type Rng } from './prng.ts';
import {
  createdBetween,
  type Body,
  type CompanyRecord,
  type MemberSeed,
  type OpportunityRecord,
  type PersonRecord,
} from './records.ts';
import type { TaskShape } from './generate.ts';
import { bodyFor, titleFor, type Target } from './task-text.ts';

// Tasks and their relations. Due dates are relative to `now` in the server's local time, so a
// fresh seed always shows overdue work, today's work (at a time and at midnight), and later work.

export const DUE_BUCKETS = [
  'overdue',
  'todayAtTime',
  'todayMidnight',
  'thisWeek',
  'later',
  'none',
] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

const DUE_WEIGHTS: readonly (readonly [DueBucket, number])[] = [
  ['overdue', 18],
  ['todayAtTime', 10],
  ['todayMidnight', 5],
  ['thisWeek', 25],
  ['later', 22],
  ['none', 20],
];

function dueAt(rng: Rng, now: Date, bucket: DueBucket): string | null {
  const at = (days: number, hours: number, minutes: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() + days);
    d.setHours(hours, minutes, 0, 0);
    return d.toISOString();
  };
  const time = () => [rng.int(8, 17), rng.pick([0, 15, 30, 45])] as const;
  switch (bucket) {
    case 'overdue':
      return at(-rng.int(1, 21), ...time());
    case 'todayAtTime':
      return at(0, ...time());
    case 'todayMidnight':
      return at(0, 0, 0);
    case 'thisWeek':
      return at(rng.int(1, 6), ...time());
    case 'later':
      return at(rng.int(8, 60), ...time());
    case 'none':
      return null;
  }
}

/** How many relations each task gets: about 15% none, the rest 1 to `cap`, summing to `total`. */
function relationCounts(rng: Rng, tasks: number, total: number): number[] {
  const counts = spread(rng, tasks, [
    [0, 15],
    [1, 85],
  ]);
  const linked = counts.filter((c) => c > 0).length;
  if (linked === 0) return counts;
  const cap = Math.max(3, Math.ceil((total * 1.5) / linked));
  let remaining = total - linked;
  const open = counts.flatMap((c, i) => (c > 0 ? [i] : []));
  while (remaining > 0 && open.length > 0) {
    const slot = rng.int(0, open.length - 1);
    const i = open[slot] as number;
    counts[i] = (counts[i] ?? 0) + 1;
    remaining--;
    if ((counts[i] ?? 0) >= cap) open.splice(slot, 1);
  }
  // Fewer relations wanted than linked tasks: unlink some from the end.
  for (let i = counts.length - 1; remaining < 0 && i >= 0; i--) {
    if (counts[i] === 1) {
      counts[i] = 0;
      remaining++;
    }
  }
  return counts;
}

type Pools = {
  people: PersonRecord[];
  companies: CompanyRecord[];
  opportunities: OpportunityRecord[];
};

function pickTargets(rng: Rng, n: number, pools: Pools): Target[] {
  const chosen: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => !seen.has(t.id) && (seen.add(t.id), chosen.push(t), true);
  const random = (): Target => {
    const roll = rng.next();
    if (roll < 0.55 || (pools.companies.length === 0 && pools.opportunities.length === 0)) {
      return { kind: 'person', ...rng.pick(pools.people) };
    }
    if (roll < 0.85 || pools.opportunities.length === 0)
      return { kind: 'company', ...rng.pick(pools.companies) };
    return { kind: 'opportunity', ...rng.pick(pools.opportunities) };
  };
  for (let attempts = 0; chosen.length < n && attempts < n * 20; attempts++) {
    const first = chosen[0];
    // A task about a person is often also filed under their company (two relations, as Dalil shows).
    if (first?.kind === 'person' && chosen.length === 1 && rng.chance(0.6)) {
      const company = pools.companies.find((c) => c.id === first.companyId);
      if (company && add({ kind: 'company', ...company })) continue;
    }
    add(random());
  }
  return chosen;
}

export function makeTasks(
  rng: Rng,
  now: Date,
  counts: { tasks: number; taskTargets: number },
  members: MemberSeed[],
  pools: Pools,
  shape: TaskShape,
): { tasks: Body[]; taskTargets: Body[] } {
  const statuses = spread(
    rng,
    counts.tasks,
    TASK_STATUSES.map((status, i) => [status, shape.statusWeights[i] ?? 0] as const),
  );
  const buckets = spread(rng, counts.tasks, DUE_WEIGHTS);
  const assignees = spread<string | null>(rng, counts.tasks, [
    ...members.map((m) => [m.id, 85 / Math.max(1, members.length)] as const),
    [null, 15],
  ]);
  const perTask = relationCounts(rng, counts.tasks, counts.taskTargets);
  const tasks: Body[] = [];
  const taskTargets: Body[] = [];
  for (let i = 0; i < counts.tasks; i++) {
    const id = rng.uuid();
    const targets = pickTargets(rng, perTask[i] ?? 0, pools);
    const created = createdBetween(rng, now, 1, 40);
    const author = rng.pick(members);
    tasks.push({
      id,
      title: titleFor(rng, targets[0]),
      status: statuses[i],
      dueAt:
        shape.doneUndated && statuses[i] === 'DONE' ? null : dueAt(rng, now, buckets[i] ?? 'none'),
      assigneeId: assignees[i] ?? null,
      ...(rng.chance(0.35) ? { bodyV2: { markdown: bodyFor(rng, targets[0]) } } : {}),
      position: i,
      ...created,
      createdBy: { source: 'MANUAL', workspaceMemberId: author.id, name: author.name },
    });
    for (const target of targets) {
      // Linked a few minutes after the task was made, as the app does (create, then link).
      const linkedAt = new Date(
        Date.parse(String(created.createdAt)) + rng.int(1, 30) * 60_000,
      ).toISOString();
      taskTargets.push({
        id: rng.uuid(),
        taskId: id,
        [`${target.kind}Id`]: target.id,
        createdAt: linkedAt,
        updatedAt: linkedAt,
      });
    }
  }
  return { tasks, taskTargets };
}
