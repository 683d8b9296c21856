import type { Queryable } from '../../db.ts';
import { isUuid } from '../shared/task-rows.ts';

// A Peoplelogic entity is one of our people, companies or opportunities; its id is the path's
// {entity}. A task is connected to the entity of its oldest relation.

export const ENTITY_TYPES = ['person', 'company', 'opportunity'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Entity = { id: string; type: EntityType };

export async function findEntity(q: Queryable, id: string): Promise<Entity | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await q.query<{ type: EntityType }>(
    `SELECT 'person' AS type FROM people WHERE "id" = $1
     UNION ALL SELECT 'company' FROM companies WHERE "id" = $1
     UNION ALL SELECT 'opportunity' FROM opportunities WHERE "id" = $1`,
    [id.toLowerCase()],
  );
  const type = rows[0]?.type;
  return type ? { id: id.toLowerCase(), type } : undefined;
}

type TargetRow = {
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};

export async function connectedEntity(q: Queryable, taskId: string): Promise<Entity | null> {
  const rows = await q.query<TargetRow>(
    `SELECT "personId", "companyId", "opportunityId" FROM task_targets
     WHERE "taskId" = $1 ORDER BY "createdAt", "id" LIMIT 1`,
    [taskId],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.personId) return { id: row.personId, type: 'person' };
  if (row.companyId) return { id: row.companyId, type: 'company' };
  if (row.opportunityId) return { id: row.opportunityId, type: 'opportunity' };
  return null;
}
