import type { Queryable } from '../../db.ts';
import { stableHash } from '../shared/stable-hash.ts';

// Rolodex tasks carry tags; the Dalil model has none. These two tables hold them, and only the
// Rolodex dialect reads them. The vocabulary is fixed, so every database has the same tag ids.

export const TAGS = [
  { id: 'tag_101', name: 'High Priority' },
  { id: 'tag_102', name: 'Sales' },
  { id: 'tag_103', name: 'Renewal' },
  { id: 'tag_104', name: 'Onboarding' },
] as const;

export const TAG_DDL = [
  `CREATE TABLE IF NOT EXISTS task_tags (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    position integer NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS task_tag_links (
    task_id uuid NOT NULL REFERENCES tasks ("id") ON DELETE CASCADE,
    tag_id text NOT NULL REFERENCES task_tags (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, tag_id)
  )`,
  `CREATE INDEX IF NOT EXISTS idx_task_tag_links_tag ON task_tag_links (tag_id)`,
];

export async function createTagVocabulary(q: Queryable): Promise<void> {
  await q.query(
    `INSERT INTO task_tags (id, name, position)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ON CONFLICT (id) DO NOTHING`,
    [TAGS.map((t) => t.id), TAGS.map((t) => t.name), TAGS.map((_, i) => i)],
  );
}

/** How many tags a task gets, by its hash: most get none or one, a few two or three. */
const TAG_COUNTS = [0, 0, 0, 1, 1, 1, 2, 3] as const;

/** The tags of one task, chosen from its id alone: the same ids always get the same tags. */
export function tagsForTask(taskId: string): string[] {
  const hash = stableHash(taskId);
  const count = TAG_COUNTS[hash % TAG_COUNTS.length] ?? 0;
  const first = (hash >>> 3) % TAGS.length;
  return Array.from({ length: count }, (_, i) => TAGS[(first + i) % TAGS.length]!.id);
}

export async function seedTagLinks(q: Queryable, taskIds: readonly string[]): Promise<void> {
  const pairs = taskIds.flatMap((taskId) => tagsForTask(taskId).map((tag) => [taskId, tag]));
  if (pairs.length === 0) return;
  await q.query(
    `INSERT INTO task_tag_links (task_id, tag_id)
     SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}
