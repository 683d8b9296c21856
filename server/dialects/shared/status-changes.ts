import type { Queryable } from '../../db.ts';
import { stableHash } from './stable-hash.ts';

// When each task last changed status, and who changed it. Peoplelogic shows it as
// status.changedAt/changedBy and Rolodex derives completed_at from it. A trigger records every
// change, whichever dialect (or a direct SQL update) makes it; a task that never changed status
// has no row and reads its createdAt instead.

export const STATUS_CHANGES_DDL = [
  `CREATE TABLE IF NOT EXISTS task_status_changes (
    task_id uuid PRIMARY KEY REFERENCES tasks ("id") ON DELETE CASCADE,
    changed_at timestamptz NOT NULL,
    changed_by uuid REFERENCES workspace_members ("id") ON DELETE SET NULL
  )`,
  // The API key stands for no member, so a change made through an API has no author.
  `CREATE OR REPLACE FUNCTION record_task_status_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO task_status_changes (task_id, changed_at, changed_by)
     VALUES (NEW."id", now(), NULL)
     ON CONFLICT (task_id) DO UPDATE SET changed_at = excluded.changed_at, changed_by = NULL;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER IF EXISTS task_status_changed ON tasks`,
  `CREATE TRIGGER task_status_changed AFTER UPDATE OF "status" ON tasks FOR EACH ROW
   WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION record_task_status_change()`,
];

export type SeededTask = {
  id: string;
  status: string;
  createdAt: string;
  assigneeId: string | null;
  authorId: string | null;
};

const HOUR = 3_600_000;

/** Seeded tasks that are under way or done were moved there by their assignee (else their
 *  author) some hours after they were made, never in the future. */
export async function seedStatusChanges(
  q: Queryable,
  tasks: readonly SeededTask[],
  now: Date,
): Promise<void> {
  const moved = tasks.filter((t) => t.status !== 'TODO');
  if (moved.length === 0) return;
  const at = moved.map((t) => {
    const created = Date.parse(t.createdAt);
    const later = created + (1 + (stableHash(t.id) % 72)) * HOUR;
    return new Date(Math.min(later, Math.max(created, now.getTime() - HOUR))).toISOString();
  });
  await q.query(
    `INSERT INTO task_status_changes (task_id, changed_at, changed_by)
     SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[])
     ON CONFLICT (task_id) DO NOTHING`,
    [moved.map((t) => t.id), at, moved.map((t) => t.assigneeId ?? t.authorId)],
  );
}
