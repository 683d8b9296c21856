import { Hono } from 'hono';
import type { Db, Queryable } from '../db.ts';
import { createPeoplelogicApi } from './peoplelogic/routes.ts';
import { ORDER_GROUP_DDL } from './peoplelogic/order-groups.ts';
import { createRolodexApi } from './rolodex/routes.ts';
import { createTagVocabulary, seedTagLinks, TAG_DDL } from './rolodex/tag-schema.ts';
import { seedStatusChanges, STATUS_CHANGES_DDL, type SeededTask } from './shared/status-changes.ts';

// The Peoplelogic and Rolodex dialects: their own tables (after the Dalil ones), their seed, and
// their routes, mounted beside the Dalil REST API over the same database.

const DIALECT_DDL = [...STATUS_CHANGES_DDL, ...TAG_DDL, ...ORDER_GROUP_DDL];

/** The tables the dialects own, in creation order. */
export const DIALECT_TABLES = DIALECT_DDL.flatMap(
  (sql) => /^\s*CREATE TABLE IF NOT EXISTS (\w+)/i.exec(sql)?.[1] ?? [],
);

/** Safe to run on every start: every statement is idempotent. A database seeded before these
 *  tables existed gets its tasks' tags and status history once, when the tables are made. */
export async function createDialectSchema(q: Queryable, now = new Date()): Promise<void> {
  const [before] = await q.query<{ missing: boolean }>(
    `SELECT to_regclass('task_tag_links') IS NULL AS missing`,
  );
  for (const sql of DIALECT_DDL) await q.query(sql);
  await createTagVocabulary(q);
  if (before?.missing) await backfill(q, now);
}

const isoOf = (value: unknown) =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

async function backfill(q: Queryable, now: Date): Promise<void> {
  const rows = await q.query<SeedTaskBody>(
    `SELECT "id", "status", "createdAt", "assigneeId",
            json_build_object('workspaceMemberId', "createdByWorkspaceMemberId") AS "createdBy"
     FROM tasks`,
  );
  if (rows.length === 0) return;
  await seedDialects(
    q,
    rows.map((r) => ({ ...r, createdAt: isoOf(r.createdAt) })),
    now,
  );
}

type SeedTaskBody = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Tags and status history for freshly seeded tasks, derived from their ids: deterministic. */
export async function seedDialects(
  q: Queryable,
  tasks: readonly SeedTaskBody[],
  now: Date,
): Promise<void> {
  const seeded: SeededTask[] = tasks.map((t) => ({
    id: String(t.id),
    status: text(t.status) ?? 'TODO',
    createdAt: text(t.createdAt) ?? now.toISOString(),
    assigneeId: text(t.assigneeId),
    authorId: text((t.createdBy as { workspaceMemberId?: unknown } | undefined)?.workspaceMemberId),
  }));
  await seedStatusChanges(q, seeded, now);
  await seedTagLinks(
    q,
    seeded.map((t) => t.id),
  );
}

export function createDialectsApi(options: { db: Db; apiKey: string }): Hono {
  const app = new Hono();
  app.route('/', createPeoplelogicApi(options));
  app.route('/', createRolodexApi(options));
  return app;
}
