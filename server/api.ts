import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { answerCache } from './answer-cache.ts';
import { apiAuth } from './auth.ts';
import { restBodyLimit } from './body-limit.ts';
import type { Db } from './db.ts';
import { badRequest, HttpError, MalformedJsonError } from './errors.ts';
import { dbSessionStore, type SessionStore } from './session/session-store.ts';
import { jsonDepth, MAX_JSON_DEPTH, tooDeepMessage } from './json-depth.ts';
import {
  deleteRecord,
  getRecord,
  insertRecords,
  listRecords,
  RELATION_CAP,
  toRecords,
  updateRecord,
} from './records/index.ts';
import {
  capitalise,
  filterParam,
  MAX_BATCH,
  objectFromPath,
  optionalParam,
  parseDepth,
  parseLimit,
} from './records/params.ts';

// The Dalil REST surface (contract sections 1-3 and 6) over the generic records layer. Where the
// Dalil page is silent it answers as ../shared/contract/twenty-observed.md records a live Twenty.

export type ApiOptions = {
  db: Db;
  apiKey: string;
  /** Serve unchanged GET answers from memory (answer-cache.ts); default on. */
  answerCache?: boolean;
  /** Browser sessions (session/); by default the ones in `db`. */
  sessions?: SessionStore;
};

async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new MalformedJsonError('Body is empty: expected JSON');
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch (error) {
    throw new MalformedJsonError(`Invalid JSON body: ${(error as Error).message}`);
  }
  if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw badRequest(tooDeepMessage('Body'));
  return body;
}

function errorResponse(c: Context, error: unknown) {
  if (error instanceof HttpError) {
    return c.json(error.body(), error.statusCode as ContentfulStatusCode);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const name = status === 413 ? 'PayloadTooLargeException' : 'HttpException';
    return c.json(
      { statusCode: status, error: name, messages: [error.message || 'Request failed'] },
      status,
    );
  }
  // Only the method, path and error: never headers (the key) or the body.
  console.error(`[api] ${c.req.method} ${c.req.path} failed unexpectedly:`, error);
  return c.json(
    { statusCode: 500, error: 'InternalServerErrorException', messages: ['Internal server error'] },
    500,
  );
}

export function createApi({
  db,
  apiKey,
  sessions = dbSessionStore(db, apiKey),
  answerCache: cached = true,
}: ApiOptions): Hono {
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error));
  app.use('/rest/*', apiAuth(apiKey, sessions));
  app.use('/rest/*', restBodyLimit());
  if (cached) app.use('/rest/*', answerCache(db));

  app.get('/rest/:object', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const result = await listRecords(db, meta, {
      limit: parseLimit(c.req.query('limit')),
      depth: parseDepth(c.req.query('depth'), meta),
      startingAfter: optionalParam(c.req.query('starting_after')),
      endingBefore: optionalParam(c.req.query('ending_before')),
      orderBy: optionalParam(c.req.query('order_by')),
      filter: filterParam(c.req.query('filter')),
    });
    return c.json({
      data: { [meta.namePlural]: result.records },
      pageInfo: result.pageInfo,
      totalCount: result.totalCount,
    });
  });

  app.post('/rest/batch/:object', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const depth = parseDepth(c.req.query('depth'), meta);
    const body = await readJson(c);
    if (!Array.isArray(body)) throw badRequest('Body must be an array of records');
    if (body.length > MAX_BATCH) {
      throw badRequest(
        `Maximum number of records to upsert is ${MAX_BATCH}. This batch has ${body.length}`,
      );
    }
    const rows =
      body.length === 0
        ? []
        : await db.transaction((tx) => insertRecords(tx, meta, body, { numbered: true }));
    const records = await toRecords(db, meta, rows, depth, RELATION_CAP);
    return c.json({ data: { [`create${capitalise(meta.namePlural)}`]: records } }, 201);
  });

  app.post('/rest/:object', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const depth = parseDepth(c.req.query('depth'), meta);
    const body = await readJson(c);
    const rows = await db.transaction((tx) => insertRecords(tx, meta, [body]));
    const [record] = await toRecords(db, meta, rows, depth, RELATION_CAP);
    return c.json({ data: { [`create${capitalise(meta.nameSingular)}`]: record } }, 201);
  });

  app.get('/rest/:object/:id', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const record = await getRecord(
      db,
      meta,
      c.req.param('id'),
      parseDepth(c.req.query('depth'), meta),
    );
    return c.json({ data: { [meta.nameSingular]: record } });
  });

  app.patch('/rest/:object/:id', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const depth = parseDepth(c.req.query('depth'), meta);
    const record = await updateRecord(db, meta, c.req.param('id'), await readJson(c), depth);
    return c.json({ data: { [`update${capitalise(meta.nameSingular)}`]: record } });
  });

  app.delete('/rest/:object/:id', async (c) => {
    const meta = objectFromPath(c.req.param('object'));
    const id = await deleteRecord(db, meta, c.req.param('id'));
    // Twenty answers only the id of what it deleted.
    return c.json({ data: { [`delete${capitalise(meta.nameSingular)}`]: { id } } });
  });

  app.all('/rest/*', (c) => {
    throw new HttpError(404, 'NotFoundException', [`Cannot ${c.req.method} ${c.req.path}`]);
  });
  return app;
}
