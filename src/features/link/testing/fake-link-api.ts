import { http, HttpResponse } from 'msw';
import {
  listBody,
  wireCompany,
  wireMember,
  wireOpportunity,
  wirePerson,
  wireTask,
  wireTaskTarget,
} from '@/backends/dalil/wire-fixtures';
import { server } from '@/testing/msw-server';

// A small stateful Dalil API at the network edge for the link dialog: records searched by
// name (the `ilike` words of the filter), members, tasks and relations created with the
// client's ids ("already exists" on a second create, like Twenty), and chosen failures.

type Wire = Record<string, unknown> & { id: string };
type Plural = 'people' | 'companies' | 'opportunities';
const SINGULAR = { people: 'person', companies: 'company', opportunities: 'opportunity' } as const;

export const uuid = (n: number, prefix = 'a') =>
  `${prefix.repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const error = (status: number, message: string) =>
  HttpResponse.json(
    {
      statusCode: status,
      error: status === 400 ? 'BadRequestException' : 'Error',
      messages: [message],
    },
    { status },
  );

function nameOf(plural: Plural, record: Wire): string {
  if (plural !== 'people') return String(record.name);
  const name = record.name as { firstName: string; lastName: string };
  return `${name.firstName} ${name.lastName}`;
}

export function createFakeLinkApi() {
  const records: Record<Plural, Map<string, Wire>> = {
    people: new Map(),
    companies: new Map(),
    opportunities: new Map(),
  };
  const tasks = new Map<string, Wire>();
  const taskTargets = new Map<string, Wire>();
  const log: string[] = [];
  /** Answer the next task create with this failure. */
  const faults = {
    createTask: null as null | { status: number; message: string },
    linkTo: new Set<string>(),
  };

  const handlers = [
    http.post('*/rest/tasks', async ({ request }) => {
      const body = (await request.json()) as Wire;
      log.push(`POST /rest/tasks ${body.id}`);
      if (faults.createTask) return error(faults.createTask.status, faults.createTask.message);
      if (tasks.has(body.id)) return error(400, 'Record already exists');
      const markdown = (body.bodyV2 as { markdown?: string } | undefined)?.markdown ?? null;
      const task = wireTask(body.id, { ...body, bodyV2: { markdown, blocknote: null } });
      tasks.set(body.id, task);
      return HttpResponse.json({ data: { createTask: task } }, { status: 201 });
    }),
    http.delete('*/rest/tasks/:id', ({ params }) => {
      const id = String(params.id);
      log.push(`DELETE /rest/tasks/${id}`);
      if (!tasks.delete(id)) return error(404, 'Record not found');
      for (const [key, t] of taskTargets) if (t.taskId === id) taskTargets.delete(key);
      return HttpResponse.json({ data: { deleteTask: { id } } });
    }),
    http.post('*/rest/taskTargets', async ({ request }) => {
      const body = (await request.json()) as Wire & { taskId: string };
      log.push(`POST /rest/taskTargets ${body.id}`);
      const recordId = String(body.personId ?? body.companyId ?? body.opportunityId);
      if (faults.linkTo.has(recordId)) return error(500, 'Database unavailable');
      if (taskTargets.has(body.id)) return error(400, 'Record already exists');
      const created = wireTaskTarget(body.id, body.taskId, body);
      taskTargets.set(body.id, created);
      return HttpResponse.json({ data: { createTaskTarget: created } }, { status: 201 });
    }),
    http.get('*/rest/workspaceMembers', () =>
      HttpResponse.json(
        listBody('workspaceMembers', [
          wireMember(uuid(1, 'm')),
          wireMember(uuid(2, 'm'), { name: { firstName: 'Alan', lastName: 'Turing' } }),
        ]),
      ),
    ),
    ...(Object.keys(SINGULAR) as Plural[]).flatMap((plural) => [
      http.get(`*/rest/${plural}/:id`, ({ params }) => {
        const record = records[plural].get(String(params.id));
        log.push(`GET /rest/${plural}/${String(params.id)}`);
        if (!record) return error(404, 'Record not found');
        const field = `${SINGULAR[plural]}Id`;
        const links = [...taskTargets.values()].filter((t) => t[field] === record.id);
        return HttpResponse.json({
          data: {
            [SINGULAR[plural]]: {
              ...record,
              taskTargets: links,
              ...(plural === 'companies' ? { people: [], opportunities: [] } : { company: null }),
              ...(plural === 'opportunities' ? { pointOfContact: null } : {}),
            },
          },
        });
      }),
      http.get(`*/rest/${plural}`, ({ request }) => {
        const url = new URL(request.url);
        log.push(`GET /rest/${plural}?${url.searchParams.toString()}`);
        const words = [...(url.searchParams.get('filter') ?? '').matchAll(/%([^%]*)%/g)].map((m) =>
          (m[1] ?? '').toLowerCase(),
        );
        const items = [...records[plural].values()].filter((r) =>
          words.every((w) => nameOf(plural, r).toLowerCase().includes(w)),
        );
        return HttpResponse.json(listBody(plural, items));
      }),
    ]),
  ];

  return {
    log,
    tasks,
    taskTargets,
    faults,
    listen() {
      server.use(...handlers);
    },
    person(id: string, firstName: string, lastName: string) {
      records.people.set(id, wirePerson(id, { name: { firstName, lastName } }));
      return { kind: 'person' as const, id, name: `${firstName} ${lastName}` };
    },
    company(id: string, name: string) {
      records.companies.set(id, wireCompany(id, { name }));
      return { kind: 'company' as const, id, name };
    },
    opportunity(id: string, name: string) {
      records.opportunities.set(id, wireOpportunity(id, { name }));
      return { kind: 'opportunity' as const, id, name };
    },
    calls(pattern: RegExp) {
      return log.filter((line) => pattern.test(line));
    },
  };
}

export type FakeLinkApi = ReturnType<typeof createFakeLinkApi>;
