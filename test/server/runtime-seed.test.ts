import type { Db } from '../../server/db.ts';
import { DEMO_COUNTS, generateDemoData, type DemoData } from '../../server/seed/generate.ts';
import { seed } from '../../server/seed/seed.ts';
import { openTestDb } from './runtime-harness.ts';

// The demo workspace must look the same on every machine and every run for a given day, and
// give the board something in every column and every due-date group.

const NOW = new Date(2026, 2, 11, 15, 20); // local time, a Wednesday afternoon

const ids = (data: DemoData) =>
  Object.values(data).flatMap((rows) => rows.map((r) => String(r.id)));
const dayStart = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
const DAY = 86_400_000;

function dueBucket(dueAt: unknown): string {
  if (dueAt === null || dueAt === undefined) return 'none';
  const due = new Date(String(dueAt));
  const today = dayStart(NOW);
  if (due.getTime() < today) return 'overdue';
  if (due.getTime() === today) return 'today at midnight';
  if (due.getTime() < today + DAY) return 'today at a time';
  if (due.getTime() < today + 7 * DAY) return 'this week';
  return 'later';
}

describe('demo data generator', () => {
  const data = generateDemoData({ now: NOW });

  it('is deterministic: the same records and ids every time', () => {
    expect(generateDemoData({ now: NOW })).toEqual(data);
    const otherDay = generateDemoData({ now: new Date(2026, 5, 1, 9) });
    expect(ids(otherDay)).toEqual(ids(data));
  });

  it('has the documented counts and unique ids', () => {
    expect(Object.fromEntries(Object.entries(data).map(([k, rows]) => [k, rows.length]))).toEqual(
      DEMO_COUNTS,
    );
    expect(new Set(ids(data)).size).toBe(ids(data).length);
  });

  it('covers every status, due-date group and assignment', () => {
    expect(new Set(data.tasks.map((t) => t.status))).toEqual(
      new Set(['TODO', 'IN_PROGRESS', 'DONE']),
    );
    const buckets = new Set(data.tasks.map((t) => dueBucket(t.dueAt)));
    expect(buckets).toEqual(
      new Set(['overdue', 'today at midnight', 'today at a time', 'this week', 'later', 'none']),
    );
    const assignees = new Set(data.tasks.map((t) => t.assigneeId));
    expect(assignees.has(null)).toBe(true);
    expect(assignees.size).toBe(DEMO_COUNTS.workspaceMembers + 1);
    expect(
      data.tasks.some((t) => typeof (t.bodyV2 as { markdown?: string })?.markdown === 'string'),
    ).toBe(true);
  });

  it('links tasks to one target per relation, never the same target twice on a task', () => {
    const perTask = new Map<string, string[]>();
    for (const r of data.taskTargets) {
      const targets = [r.personId, r.companyId, r.opportunityId].filter((v) => v !== undefined);
      expect(targets).toHaveLength(1);
      perTask.set(String(r.taskId), [...(perTask.get(String(r.taskId)) ?? []), String(targets[0])]);
    }
    for (const targets of perTask.values()) expect(new Set(targets).size).toBe(targets.length);
    const sizes = data.tasks.map((t) => perTask.get(String(t.id))?.length ?? 0);
    expect(sizes).toContain(0);
    expect(sizes.some((n) => n >= 2)).toBe(true);
    expect(sizes.some((n) => n === 3)).toBe(true);
    const kinds = new Set(
      data.taskTargets.map((r) => Object.keys(r).find((k) => k.endsWith('Id') && k !== 'taskId')),
    );
    expect(kinds).toEqual(new Set(['personId', 'companyId', 'opportunityId']));
  });

  it('gives people a company and an email on its domain', () => {
    const domains = new Map(
      data.companies.map((c) => [
        c.id,
        new URL(String((c.domainName as { primaryLinkUrl: string }).primaryLinkUrl)).host,
      ]),
    );
    for (const p of data.people) {
      const email = String((p.emails as { primaryEmail: string }).primaryEmail);
      expect(email.endsWith(`@${domains.get(p.companyId)}`)).toBe(true);
      expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+$/);
    }
  });

  it('scales to benchmark sizes with exact counts', () => {
    const big = generateDemoData({
      now: NOW,
      counts: {
        ...DEMO_COUNTS,
        companies: 200,
        people: 2000,
        opportunities: 300,
        tasks: 10_000,
        taskTargets: 20_000,
      },
    });
    expect(big.tasks).toHaveLength(10_000);
    expect(big.taskTargets).toHaveLength(20_000);
  });
});

describe('seeding a database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  it('inserts everything with the generated ids, in dependency order', async () => {
    const data = await seed(db, { now: NOW });
    const count = async (table: string) =>
      Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n);
    expect(await count('workspace_members')).toBe(4);
    expect(await count('companies')).toBe(12);
    expect(await count('people')).toBe(40);
    expect(await count('opportunities')).toBe(10);
    expect(await count('tasks')).toBe(120);
    expect(await count('task_targets')).toBe(200);
    const [first] = await db.query<{ title: string; createdAt: Date }>(
      'SELECT "title", "createdAt" FROM tasks WHERE id = $1',
      [data.tasks[0]?.id],
    );
    expect(first?.title).toBe(data.tasks[0]?.title);
    // Seeded rows keep their own history, so "newest first" lists are meaningful.
    expect(first?.createdAt.getTime()).toBeLessThan(NOW.getTime());
  });
});
