import type { Queryable } from '../../db.ts';

// The task facts both dialects read, in one query over the Dalil tables plus the status log.

export type TaskRow = {
  id: string;
  title: string | null;
  markdown: string | null;
  dueAt: Date | null;
  status: string | null;
  assigneeId: string | null;
  authorId: string | null;
  position: number | null;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date | null;
  statusChangedBy: string | null;
};

export const TASK_COLUMNS = `t."id", t."title", t."bodyV2Markdown" AS "markdown", t."dueAt",
  t."status", t."assigneeId", t."createdByWorkspaceMemberId" AS "authorId", t."position",
  t."createdAt", t."updatedAt", sc.changed_at AS "statusChangedAt",
  sc.changed_by AS "statusChangedBy"`;

export const TASK_FROM = `tasks t LEFT JOIN task_status_changes sc ON sc.task_id = t."id"`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID_RE.test(value);

/** One task by id, or undefined (also for an id that is not a UUID: ids are opaque to clients). */
export async function findTaskRow(q: Queryable, id: string): Promise<TaskRow | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await q.query<TaskRow>(
    `SELECT ${TASK_COLUMNS} FROM ${TASK_FROM} WHERE t."id" = $1 AND t."deletedAt" IS NULL`,
    [id.toLowerCase()],
  );
  return rows[0];
}

export type MemberRow = { id: string; firstName: string | null; lastName: string | null };

export async function membersById(
  q: Queryable,
  ids: readonly (string | null)[],
): Promise<Map<string, MemberRow>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await q.query<MemberRow>(
    `SELECT "id", "nameFirstName" AS "firstName", "nameLastName" AS "lastName"
     FROM workspace_members WHERE "id" = ANY($1::uuid[])`,
    [wanted],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export const fullName = (row: { firstName: string | null; lastName: string | null }) =>
  [row.firstName, row.lastName]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');

/** When the task last changed status; a task that never changed reads its creation. */
export const statusChangedAt = (row: TaskRow) => row.statusChangedAt ?? row.createdAt;

export const iso = (value: Date | string) => new Date(value).toISOString();
