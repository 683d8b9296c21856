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
  const { tasks, taskTargets } = makeTasks(rng, options.now, counts, members, {
    people,
    companies,
    opportunities,
  });
  return {
    workspaceMembers: members.map((m) => m.body),
    companies: companies.map((c) => c.body),
    people: people.map((p) => p.body),
    opportunities: opportunities.map((o) => o.body),
    tasks,
    taskTargets,
  };
}
