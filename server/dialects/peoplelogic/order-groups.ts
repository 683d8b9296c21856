import type { Queryable } from '../../db.ts';

// Peoplelogic's orderGroup has no Dalil field; it is kept here and echoed by this dialect only.

export const ORDER_GROUP_DDL = [
  `CREATE TABLE IF NOT EXISTS task_order_groups (
    task_id uuid PRIMARY KEY REFERENCES tasks ("id") ON DELETE CASCADE,
    order_group uuid NOT NULL
  )`,
];

export async function setOrderGroup(q: Queryable, taskId: string, group: string | null) {
  if (group === null) {
    await q.query(`DELETE FROM task_order_groups WHERE task_id = $1`, [taskId]);
    return;
  }
  await q.query(
    `INSERT INTO task_order_groups (task_id, order_group) VALUES ($1, $2)
     ON CONFLICT (task_id) DO UPDATE SET order_group = excluded.order_group`,
    [taskId, group],
  );
}

export async function getOrderGroup(q: Queryable, taskId: string): Promise<string | null> {
  const rows = await q.query<{ order_group: string }>(
    `SELECT order_group FROM task_order_groups WHERE task_id = $1`,
    [taskId],
  );
  return rows[0]?.order_group ?? null;
}
