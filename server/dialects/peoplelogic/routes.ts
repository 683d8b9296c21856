import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db, Queryable } from '../../db.ts';
import { OBJECTS } from '../../metadata.ts';
import { insertRecords } from '../../records/index.ts';
import { markdownToBlocknote } from '../../records/rich-text.ts';
import { badRequest, DialectError, notFound, renderDialectError, shown } from '../shared/errors.ts';
import { bearerReader, keyAuth } from '../shared/key-auth.ts';
import { findTaskRow, type TaskRow } from '../shared/task-rows.ts';
import { dueAtFor, parseTaskBody, type TaskBody } from './body.ts';
import { connectedEntity, findEntity, type Entity } from './entities.ts';
import { setOrderGroup } from './order-groups.ts';
import { toPeoplelogicTask } from './serialize.ts';

// The Peoplelogic tasks API (contract/peoplelogic.md): create on an entity, edit, read one.

const MAX_BODY_BYTES = 64 * 1024;

async function readBody(c: Context): Promise<TaskBody> {
  const text = await c.req.text();
  if (text.trim() === '') throw badRequest('The body is empty: expected a JSON object');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON');
  }
  return parseTaskBody(json);
}

async function entityOr404(q: Queryable, id: string): Promise<Entity> {
  const entity = await findEntity(q, id);
  if (!entity) throw notFound(`No entity with id '${shown(id)}'`);
  return entity;
}

async function taskOr404(q: Queryable, id: string): Promise<TaskRow> {
  const row = await findTaskRow(q, id);
  if (!row) throw notFound(`No task with id '${shown(id)}'`);
  return row;
}

async function createTask(tx: Queryable, entity: Entity, body: TaskBody): Promise<string> {
  const [task] = await insertRecords(tx, OBJECTS.tasks, [
    {
      title: body.name,
      status: 'TODO',
      ...(body.description != null ? { bodyV2: { markdown: body.description } } : {}),
      ...(body.dueDate != null ? { dueAt: dueAtFor(body.dueDate, null) } : {}),
      ...(body.order !== undefined ? { position: body.order } : {}),
    },
  ]);
  const taskId = String(task!.id);
  await insertRecords(tx, OBJECTS.taskTargets, [{ taskId, [`${entity.type}Id`]: entity.id }]);
  if (body.orderGroup) await setOrderGroup(tx, taskId, body.orderGroup);
  return taskId;
}

async function updateTask(tx: Queryable, row: TaskRow, body: TaskBody): Promise<void> {
  const sets: string[] = ['"title" = $2', '"updatedAt" = now()'];
  const params: unknown[] = [row.id, body.name];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`"${column}" = $${params.length}`);
  };
  if (body.description !== undefined) {
    set('bodyV2Markdown', body.description);
    set(
      'bodyV2Blocknote',
      body.description === null ? null : markdownToBlocknote(body.description),
    );
  }
  if (body.dueDate !== undefined) {
    set('dueAt', body.dueDate === null ? null : dueAtFor(body.dueDate, row.dueAt));
  }
  if (body.order !== undefined) set('position', body.order);
  await tx.query(`UPDATE tasks SET ${sets.join(', ')} WHERE "id" = $1`, params);
  if (body.orderGroup !== undefined) await setOrderGroup(tx, row.id, body.orderGroup);
}

export function createPeoplelogicApi({ db, apiKey }: { db: Db; apiKey: string }): Hono {
  const app = new Hono();
  app.onError((error, c) => renderDialectError(c, error, 'peoplelogic'));
  app.use('/api/*', keyAuth(apiKey, bearerReader));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new DialectError(413, `The body is larger than ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );

  app.post('/api/v1/entity/:entity/task', async (c) => {
    const body = await readBody(c);
    const id = await db.transaction(async (tx) => {
      const entity = await entityOr404(tx, c.req.param('entity'));
      return createTask(tx, entity, body);
    });
    return c.json(await toPeoplelogicTask(db, await taskOr404(db, id)), 201);
  });

  app.patch('/api/v1/entity/:entity/task/:task', async (c) => {
    const body = await readBody(c);
    const taskId = c.req.param('task');
    await db.transaction(async (tx) => {
      const entity = await entityOr404(tx, c.req.param('entity'));
      const row = await taskOr404(tx, taskId);
      const connected = await connectedEntity(tx, row.id);
      if (connected?.id !== entity.id) {
        throw notFound(`Task '${shown(taskId)}' is not connected to entity '${entity.id}'`);
      }
      await updateTask(tx, row, body);
    });
    return c.json(await toPeoplelogicTask(db, await taskOr404(db, taskId)));
  });

  app.get('/api/v1/task/:task', async (c) => {
    return c.json(await toPeoplelogicTask(db, await taskOr404(db, c.req.param('task'))));
  });

  app.all('/api/*', (c) => {
    throw new DialectError(404, `Cannot ${c.req.method} ${c.req.path}`);
  });
  return app;
}
