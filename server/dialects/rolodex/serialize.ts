import type { Queryable } from '../../db.ts';
import {
  fullName,
  membersById,
  statusChangedAt,
  type MemberRow,
  type TaskRow,
} from '../shared/task-rows.ts';

// Task rows as the Rolodex page shows them. Ids are our UUIDs (Rolodex ids are opaque strings).

type Person = { id: string; full_name: string; avatar_url: null };
export type RolodexTask = {
  id: string;
  body: string;
  due_date: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  contacts: { id: string; full_name: string; image_url: null }[];
  assignee: Person | null;
  creator: Person | null;
  tags?: { id: string; name: string }[];
};

/** The page writes times to the second ("2025-01-20T15:00:00Z"); keep milliseconds only when set. */
const time = (value: Date | string) => new Date(value).toISOString().replace('.000Z', 'Z');

const latest = (a: Date | string, b: Date | string) =>
  new Date(Math.max(new Date(a).getTime(), new Date(b).getTime()));

const person = (members: Map<string, MemberRow>, id: string | null): Person | null => {
  const member = id === null ? undefined : members.get(id);
  return member ? { id: member.id, full_name: fullName(member), avatar_url: null } : null;
};

type ContactRow = { taskId: string; id: string; firstName: string | null; lastName: string | null };
type TagRow = { taskId: string; id: string; name: string };

function groupBy<T extends { taskId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.taskId, [...(groups.get(row.taskId) ?? []), row]);
  return groups;
}

/** Serializes a page of tasks with three batched reads (contacts, members, tags), whatever its size. */
export async function toRolodexTasks(
  q: Queryable,
  rows: readonly TaskRow[],
  withTags: boolean,
): Promise<RolodexTask[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const contacts = groupBy(
    await q.query<ContactRow>(
      `SELECT tt."taskId", p."id", p."nameFirstName" AS "firstName", p."nameLastName" AS "lastName"
       FROM task_targets tt JOIN people p ON p."id" = tt."personId"
       WHERE tt."taskId" = ANY($1::uuid[]) ORDER BY tt."createdAt", tt."id"`,
      [ids],
    ),
  );
  const members = await membersById(
    q,
    rows.flatMap((r) => [r.assigneeId, r.authorId]),
  );
  const tags = withTags
    ? groupBy(
        await q.query<TagRow>(
          `SELECT l.task_id AS "taskId", g.id, g.name FROM task_tag_links l
           JOIN task_tags g ON g.id = l.tag_id
           WHERE l.task_id = ANY($1::uuid[]) ORDER BY g.position, g.id`,
          [ids],
        ),
      )
    : undefined;
  return rows.map((row) => ({
    id: row.id,
    body: row.title ?? '',
    due_date: row.dueAt === null ? null : time(row.dueAt),
    completed_at: row.status === 'DONE' ? time(statusChangedAt(row)) : null,
    created_at: time(row.createdAt),
    // A status change is an update, even when it was seeded or made by the trigger alone.
    updated_at: time(latest(row.updatedAt, statusChangedAt(row))),
    contacts: (contacts.get(row.id) ?? []).map((c) => ({
      id: c.id,
      full_name: fullName(c),
      image_url: null,
    })),
    assignee: person(members, row.assigneeId),
    creator: person(members, row.authorId),
    ...(tags ? { tags: (tags.get(row.id) ?? []).map((t) => ({ id: t.id, name: t.name })) } : {}),
  }));
}
