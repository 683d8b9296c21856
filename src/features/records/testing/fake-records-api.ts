import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import {
  listBody,
  wireCompany,
  wireOpportunity,
  wirePerson,
  wireTask,
  wireTaskTarget,
} from '@/backends/dalil/wire-fixtures';
import { server } from '@/testing/msw-server';

// A small stateful stand-in for the Dalil REST API at the network edge, just big enough for
// the record pages: records read at depth 1 with their relations, tasks by `id[in]`, task
// status updates and relation create/delete. Every request is logged so a test can check the
// request plan (how many calls, to which endpoints).

type Wire = Record<string, unknown> & { id: string };
type Target = { personId?: string; companyId?: string; opportunityId?: string };

export const uuid = (n: number, prefix = '0') =>
  `${prefix.repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const PLURALS = { people: 'person', companies: 'company', opportunities: 'opportunity' } as const;
type Plural = keyof typeof PLURALS;
const TARGET_FIELD = {
  people: 'personId',
  companies: 'companyId',
  opportunities: 'opportunityId',
} as const;

export function createFakeRecordsApi() {
  const records: Record<Plural, Map<string, Wire>> = {
    people: new Map(),
    companies: new Map(),
    opportunities: new Map(),
  };
  const tasks = new Map<string, Wire>();
  const taskTargets = new Map<string, Wire & { taskId: string }>();
  const log: string[] = [];

  const targetsOf = (field: string, id: string) =>
    [...taskTargets.values()].filter((t) => t[field] === id);

  function detail(plural: Plural, record: Wire): Wire {
    const base = { ...record, taskTargets: targetsOf(TARGET_FIELD[plural], record.id) };
    const byId = (map: Map<string, Wire>, id: unknown) =>
      typeof id === 'string' ? (map.get(id) ?? null) : null;
    if (plural === 'people') return { ...base, company: byId(records.companies, record.companyId) };
    if (plural === 'opportunities') {
      return {
        ...base,
        company: byId(records.companies, record.companyId),
        pointOfContact: byId(records.people, record.pointOfContactId),
      };
    }
    return {
      ...base,
      people: [...records.people.values()].filter((p) => p.companyId === record.id),
      opportunities: [...records.opportunities.values()].filter((o) => o.companyId === record.id),
    };
  }

  const idsInFilter = (url: URL) => url.searchParams.get('filter')?.match(/[0-9a-f-]{36}/g) ?? null;

  const handlers = [
    http.get('*/rest/tasks', ({ request }) => {
      const url = new URL(request.url);
      log.push(`GET /rest/tasks?${url.searchParams.toString()}`);
      const ids = idsInFilter(url) ?? [...tasks.keys()];
      const items = ids.flatMap((id) => {
        const task = tasks.get(id);
        return task ? [{ ...task, taskTargets: targetsOf('taskId', id) }] : [];
      });
      return HttpResponse.json(listBody('tasks', items));
    }),
    http.patch('*/rest/tasks/:id', async ({ request, params }) => {
      log.push(`PATCH /rest/tasks/${String(params.id)}`);
      const task = tasks.get(String(params.id));
      if (!task) return notFound();
      const patch = (await request.json()) as Record<string, unknown>;
      const updated = { ...task, ...patch };
      tasks.set(task.id, updated);
      return HttpResponse.json({ data: { updateTask: updated } });
    }),
    http.post('*/rest/taskTargets', async ({ request }) => {
      const body = (await request.json()) as Wire & { taskId: string } & Target;
      log.push(`POST /rest/taskTargets`);
      if (taskTargets.has(body.id)) return badRequest('Record already exists');
      const created = wireTaskTarget(body.id, body.taskId, body) as Wire & { taskId: string };
      taskTargets.set(created.id, created);
      return HttpResponse.json({ data: { createTaskTarget: created } }, { status: 201 });
    }),
    http.delete('*/rest/taskTargets/:id', ({ params }) => {
      log.push(`DELETE /rest/taskTargets/${String(params.id)}`);
      if (!taskTargets.delete(String(params.id))) return notFound();
      return HttpResponse.json({ data: { deleteTaskTarget: { id: params.id } } });
    }),
    ...(Object.keys(PLURALS) as Plural[]).flatMap((plural) => [
      http.get(`*/rest/${plural}/:id`, ({ params }) => {
        log.push(`GET /rest/${plural}/${String(params.id)}`);
        const record = records[plural].get(String(params.id));
        if (!record) return notFound();
        return HttpResponse.json({ data: { [PLURALS[plural]]: detail(plural, record) } });
      }),
      http.get(`*/rest/${plural}`, ({ request }) => {
        const url = new URL(request.url);
        log.push(`GET /rest/${plural}?${url.searchParams.toString()}`);
        const ids = idsInFilter(url);
        const all = [...records[plural].values()];
        return HttpResponse.json(
          listBody(plural, ids ? all.filter((r) => ids.includes(r.id)) : all),
        );
      }),
    ]),
  ];

  return {
    log,
    tasks,
    taskTargets,
    records,
    /** Installs the handlers; call `server.use(...)` afterwards to override one. */
    listen() {
      server.use(...handlers);
    },
    person(id: string, over: Record<string, unknown> = {}) {
      records.people.set(id, wirePerson(id, over));
      return id;
    },
    company(id: string, over: Record<string, unknown> = {}) {
      records.companies.set(id, wireCompany(id, over));
      return id;
    },
    opportunity(id: string, over: Record<string, unknown> = {}) {
      records.opportunities.set(id, wireOpportunity(id, over));
      return id;
    },
    /** A task linked to `target` with a new relation; returns the relation's id. */
    task(id: string, target: Target, over: Record<string, unknown> = {}) {
      if (!tasks.has(id)) tasks.set(id, wireTask(id, over));
      const relationId = uuid(taskTargets.size + 1, 'e');
      taskTargets.set(
        relationId,
        wireTaskTarget(relationId, id, target) as Wire & { taskId: string },
      );
      return relationId;
    },
    /** The requests made so far that match `pattern`. */
    calls(pattern: RegExp) {
      return log.filter((line) => pattern.test(line));
    },
  };
}

export type FakeRecordsApi = ReturnType<typeof createFakeRecordsApi>;

export function notFound() {
  return HttpResponse.json(
    { statusCode: 404, error: 'NotFoundException', messages: ['Record not found'] },
    { status: 404 },
  );
}

export function badRequest(message: string) {
  return HttpResponse.json(
    { statusCode: 400, error: 'BadRequestException', messages: [message] },
    { status: 400 },
  );
}

export function serverError() {
  return HttpResponse.json(
    { statusCode: 500, error: 'InternalServerError', messages: ['Database unavailable'] },
    { status: 500 },
  );
}

/** A resolver that waits for `gate` before answering with `then`, to see optimistic states. */
export function gated(gate: Promise<void>, then: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    await gate;
    await delay(0);
    return then(info);
  };
}
