import { http, HttpResponse } from 'msw';
import { wireTask, wireTaskTarget } from '@/backends/dalil/wire-fixtures';
import { listAnswer, type Row } from './fake-dalil-list';
import { SINGULAR, TARGET_FIELDS, type Plural, type Store } from './fake-dalil-store';
import {
  errorResponse,
  type JsonBody,
  type LoggedRequest,
  type Traffic,
} from './fake-dalil-traffic';

// The one MSW handler of the fake Dalil API: every `/rest/*` request is logged, may be held or
// failed on purpose, and is then answered from the store as the embedded server would: lists
// and depth-1 reads of every object, and creates, updates and deletes of tasks and relations
// (a create with an id that exists is refused; deleting a task deletes its relations).

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const notFound = () => errorResponse(404, 'Record not found');

/** The markdown alone may be sent; the stored body always has both parts. */
function withBody(body: JsonBody): JsonBody {
  const markdown = (body.bodyV2 as { markdown?: string | null } | undefined)?.markdown;
  return markdown === undefined ? body : { ...body, bodyV2: { markdown, blocknote: null } };
}

const BUILD: Partial<Record<Plural, (id: string, body: JsonBody) => Row>> = {
  tasks: (id, body) => wireTask(id, withBody(body)),
  taskTargets: (id, body) => wireTaskTarget(id, String(body.taskId), body),
};

/** Why the row cannot be stored, if it breaks a rule of the contract. */
function refusal(plural: Plural, row: Row): string | null {
  if (plural !== 'taskTargets') return null;
  return TARGET_FIELDS.filter((field) => row[field]).length === 1
    ? null
    : 'A task relation has exactly one target (one target per relation)';
}

function answer(store: Store, plural: Plural, id: string | undefined, request: LoggedRequest) {
  const table = store.tables[plural];
  const singular = SINGULAR[plural];
  const { method, body } = request;

  if (method === 'GET' && !id) {
    // As the app asks: tasks at depth 1 with their relations, everything else at depth 0.
    const view = (row: Row) => (plural === 'tasks' ? store.atDepthOne(plural, row) : row);
    return HttpResponse.json(listAnswer(plural, store.rows(plural), request.params, view));
  }
  if (method === 'POST' && !id && body && BUILD[plural]) {
    const newId = typeof body.id === 'string' ? body.id : crypto.randomUUID();
    if (table.has(newId)) return errorResponse(400, 'Record already exists');
    const created = BUILD[plural](newId, body);
    const refused = refusal(plural, created);
    if (refused) return errorResponse(400, refused);
    table.set(newId, created);
    return HttpResponse.json(
      { data: { [`create${capitalised(singular)}`]: created } },
      { status: 201 },
    );
  }

  const row = id ? table.get(id) : undefined;
  if (!row) return notFound();
  if (method === 'GET')
    return HttpResponse.json({ data: { [singular]: store.atDepthOne(plural, row) } });
  if (!BUILD[plural]) return errorResponse(404, `fake Dalil API: no route for ${request.line}`);
  if (method === 'PATCH' && body) {
    const updated = { ...row, ...withBody(body), updatedAt: new Date().toISOString() };
    const refused = refusal(plural, updated);
    if (refused) return errorResponse(400, refused);
    table.set(row.id, updated);
    return HttpResponse.json({ data: { [`update${capitalised(singular)}`]: updated } });
  }
  if (method === 'DELETE') {
    table.delete(row.id);
    if (plural === 'tasks') {
      for (const relation of store.relationsOf('taskId', row.id)) {
        store.tables.taskTargets.delete(relation.id);
      }
    }
    return HttpResponse.json({ data: { [`delete${capitalised(singular)}`]: { id: row.id } } });
  }
  return errorResponse(404, `fake Dalil API: no route for ${request.line}`);
}

export function dalilHandler(store: Store, traffic: Traffic) {
  return http.all('*/rest/*', async ({ request }) => {
    const url = new URL(request.url);
    const [, , plural = '', rawId] = url.pathname.split('/');
    const id = rawId === undefined ? undefined : decodeURIComponent(rawId);
    const text = await request.text();
    const query = url.searchParams.toString();
    const isList = request.method === 'GET' && id === undefined;
    const logged: LoggedRequest = {
      method: request.method,
      path: url.pathname,
      params: url.searchParams,
      body: text ? (JSON.parse(text) as JsonBody) : null,
      line: `${request.method} ${url.pathname}${isList && query ? `?${query}` : ''}`,
    };
    const failure = await traffic.intercept(logged);
    if (failure) return failure;
    if (!(plural in SINGULAR))
      return errorResponse(404, `fake Dalil API: no route for ${logged.line}`);
    try {
      return answer(store, plural as Plural, id, logged);
    } catch (error) {
      // A filter, order or cursor the server would refuse.
      return errorResponse(400, error instanceof Error ? error.message : String(error));
    }
  });
}
