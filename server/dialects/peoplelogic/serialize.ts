import type { Queryable } from '../../db.ts';
import { iso, statusChangedAt, type TaskRow } from '../shared/task-rows.ts';
import { connectedEntity } from './entities.ts';
import { getOrderGroup } from './order-groups.ts';

// A task row as the Peoplelogic page shows it (contract/peoplelogic.md, "decisions").

/** The embedded workspace, as Peoplelogic's `organization`: one fixed id. */
export const ORGANIZATION_ID = '7a5c0f3e-2b1d-4e8a-9c6f-0d3b2a1e4f57';

const STATUS: Record<string, string> = {
  TODO: 'not_started',
  IN_PROGRESS: 'in_progress',
  DONE: 'completed',
};

export async function toPeoplelogicTask(q: Queryable, row: TaskRow) {
  const [entity, orderGroup] = await Promise.all([
    connectedEntity(q, row.id),
    getOrderGroup(q, row.id),
  ]);
  return {
    id: row.id,
    name: row.title ?? '',
    active: true,
    status: {
      current: (row.status !== null ? STATUS[row.status] : undefined) ?? 'not_started',
      changedAt: iso(statusChangedAt(row)),
      changedBy: row.statusChangedAt !== null ? row.statusChangedBy : row.authorId,
    },
    created: { createdAt: iso(row.createdAt), createdBy: row.authorId },
    assignees: row.assigneeId ? [{ entityId: row.assigneeId, entityType: 'user' }] : [],
    organization: ORGANIZATION_ID,
    description: row.markdown,
    dueDate: row.dueAt === null ? null : iso(row.dueAt).slice(0, 10),
    connectedTo: entity
      ? { entityId: entity.id, type: entity.type, organization: ORGANIZATION_ID }
      : null,
    notes: [],
    order: row.position,
    orderGroup,
    mappings: [],
  };
}
