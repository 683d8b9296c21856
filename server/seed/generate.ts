import { createRng } from './prng.ts';
import { makeCompanies, makeMembers, makeOpportunities, makePeople, type Body } from './records.ts';
import { makeTasks } from './tasks.ts';

// The pure generator: the same seed, counts and day always give the same records and ids.

export type SeedCounts = {
  workspaceMembers: number;
  companies: number;
  people: number;
  opportunities: number;
  tasks: number;
  taskTargets: number;
};

export const DEMO_COUNTS: SeedCounts = {
  workspaceMembers: 4,
  companies: 12,
  people: 40,
  opportunities: 10,
  tasks: 120,
  taskTargets: 200,
};

export const DEMO_SEED = 20_250_601;

/** How tasks are spread: status weights (TODO, IN_PROGRESS, DONE) and whether done tasks keep a
 *  due date. */
export type TaskShape = { statusWeights: readonly [number, number, number]; doneUndated: boolean };

export const DEMO_SHAPE: TaskShape = { statusWeights: [45, 25, 30], doneUndated: false };

/** A workspace the size and shape of Twenty's demo, where real cursors lose rows: 225 done tasks
 *  (one in eight), none with a due date, and hundreds of undated open tasks, more than a page. */
export const LARGE_COUNTS: SeedCounts = {
  workspaceMembers: 1000,
  companies: 600,
  people: 1200,
  opportunities: 50,
  tasks: 1800,
  taskTargets: 2400,
};
export const LARGE_SHAPE: TaskShape = { statusWeights: [55, 32.5, 12.5], doneUndated: true };

export type SeedSize = 'demo' | 'large';
export const SEED_SIZES: Record<SeedSize, { counts: SeedCounts; shape: TaskShape }> = {
  demo: { counts: DEMO_COUNTS, shape: DEMO_SHAPE },
  large: { counts: LARGE_COUNTS, shape: LARGE_SHAPE },
};

/** `demo` (the default) or `large`, from `--size=` or TASKLINK_SEED_SIZE. */
export function parseSeedSize(raw: string | undefined): SeedSize {
  const value = raw?.trim() ?? '';
  if (value === '') return 'demo';
  if (value === 'demo' || value === 'large') return value;
  throw new Error(`seed size must be demo or large, got "${value.slice(0, 40)}"`);
}

/** API-shaped create bodies per object, in dependency order (keys are insertion order). */
export type DemoData = {
  workspaceMembers: Body[];
  companies: Body[];
  people: Body[];
  opportunities: Body[];
  tasks: Body[];
  taskTargets: Body[];
};

export function generateDemoData(options: {
  now: Date;
  counts?: SeedCounts;
  shape?: TaskShape;
  seed?: number;
}): DemoData {
  const counts = options.counts ?? DEMO_COUNTS;
  if (counts.workspaceMembers < 1 || counts.companies < 1 || counts.people < 1) {
    throw new Error('demo data needs at least one workspace member, company and person');
  }
  const rng = createRng(options.seed ?? DEMO_SEED);
  const members = makeMembers(rng, counts.workspaceMembers, options.now);
  const companies = makeCompanies(rng, counts.companies, options.now, members);
  const people = makePeople(rng, counts.people, options.now, companies);
  const opportunities = makeOpportunities(
    rng,
    counts.opportunities,
    options.now,
    companies,
    people,
    members,
  );
  const { tasks, taskTargets } = makeTasks(
    rng,
    options.now,
    counts,
    members,
    { people, companies, opportunities },
    options.shape ?? DEMO_SHAPE,
  );
  return {
    workspaceMembers: members.map((m) => m.body),
    companies: companies.map((c) => c.body),
    people: people.map((p) => p.body),
    opportunities: opportunities.map((o) => o.body),
    tasks,
    taskTargets,
  };
}
