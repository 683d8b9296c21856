import { generateDemoData, SEED_SIZES } from '../../server/seed/generate.ts';

// `npm run db:reset -- --size=large` (or TASKLINK_SEED_SIZE=large): a workspace the size and shape
// of Twenty's demo, where real cursors lose rows. The generator is pure; inserting it is timed by
// db:reset itself.

const now = new Date('2026-12-01T10:00:00Z');
const large = () => generateDemoData({ now, ...SEED_SIZES.large });

describe('the large seed', () => {
  const data = large();
  type Task = { status: string; dueAt: string | null; assigneeId: string | null };
  const tasks = data.tasks as Task[];

  it("has Twenty's demo counts", () => {
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]))).toEqual({
      workspaceMembers: 1000,
      companies: 600,
      people: 1200,
      opportunities: 50,
      tasks: 1800,
      taskTargets: 2400,
    });
  });

  it('has a Done column of 225 tasks, none with a due date', () => {
    const done = tasks.filter((t) => t.status === 'DONE');
    expect(done).toHaveLength(225);
    expect(done.every((t) => t.dueAt === null)).toBe(true);
  });

  it('has undated open tasks beyond one page (60) in each open column', () => {
    for (const status of ['TODO', 'IN_PROGRESS']) {
      const undated = tasks.filter((t) => t.status === status && t.dueAt === null);
      expect(undated.length, status).toBeGreaterThan(60);
      expect(tasks.filter((t) => t.status === status && t.dueAt !== null).length).toBeGreaterThan(
        60,
      );
    }
  });

  it('gives members unique names and emails, and assigns tasks across them', () => {
    const members = data.workspaceMembers as { userEmail: string; name: { lastName: string } }[];
    expect(new Set(members.map((m) => m.userEmail)).size).toBe(1000);
    expect(new Set(tasks.map((t) => t.assigneeId)).size).toBeGreaterThan(500);
  });

  it('is deterministic', () => {
    expect(large()).toEqual(data);
  });

  it('leaves the default demo as it was', () => {
    const demo = generateDemoData({ now });
    expect(demo.tasks).toHaveLength(120);
    expect((demo.tasks as Task[]).some((t) => t.status === 'DONE' && t.dueAt !== null)).toBe(true);
  });
});
