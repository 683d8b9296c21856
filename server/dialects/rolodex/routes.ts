import { Hono } from 'hono';
import type { Db } from '../../db.ts';
import { DialectError, notFound, renderDialectError, shown } from '../shared/errors.ts';
import { headerReader, keyAuth } from '../shared/key-auth.ts';
import { findTaskRow, TASK_COLUMNS, TASK_FROM, type TaskRow } from '../shared/task-rows.ts';
import { parseInclude, parseListQuery, rejectUnknown } from './params.ts';
import { toRolodexTasks } from './serialize.ts';

// The Rolodex user API (contract/rolodex.md): two read-only calls over the shared database.

export const ROLODEX_KEY_HEADER = 'x-rolodex-api-key';

export function createRolodexApi({ db, apiKey }: { db: Db; apiKey: string }): Hono {
  const app = new Hono();
  app.onError((error, c) => renderDialectError(c, error, 'rolodex'));
  app.use('/user-api/*', keyAuth(apiKey, headerReader(ROLODEX_KEY_HEADER)));

  app.get('/user-api/v1/tasks', async (c) => {
    const query = parseListQuery(c.req.queries());
    const direction = query.order === 'due_date:desc' ? 'DESC' : 'ASC';
    const [rows, counted] = await Promise.all([
      db.query<TaskRow>(
        `SELECT ${TASK_COLUMNS} FROM ${TASK_FROM} WHERE t."deletedAt" IS NULL
         ORDER BY t."dueAt" ${direction} NULLS LAST, t."id" ASC LIMIT $1 OFFSET $2`,
        [query.limit, query.offset],
      ),
      db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks WHERE "deletedAt" IS NULL`),
    ]);
    return c.json({
      pagination: { limit: query.limit, offset: query.offset, total: Number(counted[0]?.n ?? 0) },
      data: await toRolodexTasks(db, rows, query.withTags),
    });
  });

  app.get('/user-api/v1/tasks/:id', async (c) => {
    const params = c.req.queries();
    rejectUnknown(params, ['include']);
    const withTags = parseInclude(params);
    const id = c.req.param('id');
    const row = await findTaskRow(db, id);
    if (!row) throw notFound(`No task with id '${shown(id)}'`);
    const [task] = await toRolodexTasks(db, [row], withTags);
    return c.json({ data: task });
  });

  app.all('/user-api/*', (c) => {
    throw new DialectError(404, `Cannot ${c.req.method} ${c.req.path}`);
  });
  return app;
}
