import { delay, http, HttpResponse } from 'msw';
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
import { parseFilter } from '../../../../server/query/filter.ts';
import type { FilterNode } from '../../../../server/query/types.ts';

// A small stateful Dalil API at the network edge for the task editor: a task read at depth 1,
// edited, deleted with its relations (as the embedded server does), relations created with
// the client's id, re-pointed and removed, records searched by name and read by `id[in]`.
// Every request is logged; a test can make chosen requests fail.

type Wire = Record<string, unknown> & { id: string };
type Plural = 'people' | 'companies' | 'opportunities';
const SINGULAR = { people: 'person', companies: 'company', opportunities: 'opportunity' } as const;
const TARGET_FIELDS = ['personId', 'companyId', 'opportunityId'] as const;

export const uuid = (n: number, prefix = 'a') =>
  `${prefix.repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const fail = (status: number, message: string) =>
  HttpResponse.json({ statusCode: status, error: 'Error', messages: [message] }, { status });

function valueAt(row: Wire, field: string): unknown {
  return field.split('.').reduce<unknown>((value, part) => {
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[part]
      : undefined;
  }, row);
}

function matches(row: Wire, node: FilterNode): boolean {
  if (node.kind === 'not') return !matches(row, node.child);
  if (node.kind !== 'atom') {
    return node.kind === 'and'
      ? node.children.every((child) => matches(row, child))
      : node.children.some((child) => matches(row, child));
  }
  const actual = valueAt(row, node.field);
  if (node.comparator === 'in')
    return Array.isArray(node.value) && node.value.includes(String(actual));
  if (node.comparator === 'eq') return actual === node.value;
  if (node.comparator === 'ilike' && typeof node.value === 'string') {
    const needle = node.value.replace(/^%|%$/g, '').toLowerCase();
    return typeof actual === 'string' && actual.toLowerCase().includes(needle);
  }
  throw new Error(`fake task API: ${node.comparator} is not supported`);
}

type Fault = { method: string; path: RegExp; status: number; once: boolean };

export function createFakeTaskApi() {
  const records: Record<Plural, Map<string, Wire>> = {
    people: new Map(),
    companies: new Map(),
    opportunities: new Map(),
  };
  const tasks = new Map<string, Wire>();
  const taskTargets = new Map<string, Wire>();
  const members: Wire[] = [wireMember(uuid(1, 'f'))];
  const log: string[] = [];
  const faults: Fault[] = [];
  /** Requests wait for this before answering, to look at what shows meanwhile. */
  let gate: Promise<void> = Promise.resolve();

  const relationsOf = (field: string, id: string) =>
    [...taskTargets.values()].filter((t) => t[field] === id);
  const withRelations = (task: Wire) => ({ ...task, taskTargets: relationsOf('taskId', task.id) });

  const handlers = [
    http.all('*/rest/*', async ({ request }) => {
      const url = new URL(request.url);
      const [, , object = '', id] = url.pathname.split('/');
      const line = `${request.method} /rest/${object}${id ? `/${id}` : ''}`;
      log.push(line);
      await gate;
      await delay(0);
      const fault = faults.find((f) => f.method === request.method && f.path.test(line));
      if (fault) {
        if (fault.once) faults.splice(faults.indexOf(fault), 1);
        return fail(fault.status, 'Database unavailable');
      }
      const body = ['POST', 'PATCH'].includes(request.method)
        ? ((await request.json()) as Wire)
        : null;
      const filterText = url.searchParams.get('filter');
      const filter = filterText ? parseFilter(filterText) : null;
      const list = (rows: Wire[]) => (filter ? rows.filter((row) => matches(row, filter)) : rows);

      if (object === 'tasks') {
        if (request.method === 'GET' && !id) {
          return HttpResponse.json(listBody('tasks', list([...tasks.values()]).map(withRelations)));
        }
        const task = id ? tasks.get(id) : undefined;
        if (!task) return fail(404, 'Record not found');
        if (request.method === 'GET')
          return HttpResponse.json({ data: { task: withRelations(task) } });
        if (request.method === 'PATCH' && body) {
          const markdown = (body.bodyV2 as { markdown?: string } | undefined)?.markdown;
          const updated: Wire = {
            ...task,
            ...body,
            ...(markdown === undefined ? {} : { bodyV2: { markdown, blocknote: null } }),
            updatedAt: new Date().toISOString(),
          };
          tasks.set(task.id, updated);
          return HttpResponse.json({ data: { updateTask: updated } });
        }
        if (request.method === 'DELETE') {
          tasks.delete(task.id);
          for (const relation of relationsOf('taskId', task.id)) taskTargets.delete(relation.id);
          return HttpResponse.json({ data: { deleteTask: { id: task.id } } });
        }
      }

      if (object === 'taskTargets') {
        if (request.method === 'POST' && body) {
          if (taskTargets.has(body.id)) return fail(400, 'Record already exists');
          const created = wireTaskTarget(body.id, String(body.taskId), body);
          taskTargets.set(body.id, created);
          return HttpResponse.json({ data: { createTaskTarget: created } }, { status: 201 });
        }
        const relation = id ? taskTargets.get(id) : undefined;
        if (!relation) return fail(404, 'Record not found');
        if (request.method === 'PATCH' && body) {
          const updated = { ...relation, ...body };
          if (TARGET_FIELDS.filter((field) => updated[field]).length !== 1) {
            return fail(400, 'A task relation has exactly one target (one target per relation)');
          }
          taskTargets.set(relation.id, updated);
          return HttpResponse.json({ data: { updateTaskTarget: updated } });
        }
        if (request.method === 'DELETE') {
          taskTargets.delete(relation.id);
          return HttpResponse.json({ data: { deleteTaskTarget: { id: relation.id } } });
        }
      }

      if (object === 'workspaceMembers') {
        return HttpResponse.json(listBody('workspaceMembers', members));
      }

      if (object in records && request.method === 'GET') {
        const plural = object as Plural;
        const field = `${SINGULAR[plural]}Id`;
        if (!id) return HttpResponse.json(listBody(plural, list([...records[plural].values()])));
        const record = records[plural].get(id);
        if (!record) return fail(404, 'Record not found');
        const detail: Wire = { ...record, taskTargets: relationsOf(field, id) };
        if (plural === 'companies') Object.assign(detail, { people: [], opportunities: [] });
        else Object.assign(detail, { company: null, pointOfContact: null });
        return HttpResponse.json({ data: { [SINGULAR[plural]]: detail } });
      }
      return fail(404, `fake task API: no route for ${line}`);
    }),
  ];

  return {
    log,
    tasks,
    taskTargets,
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
    task(id: string, over: Record<string, unknown> = {}) {
      tasks.set(id, wireTask(id, over));
      return id;
    },
    /** Links a task to a record; returns the relation's id. */
    link(taskId: string, target: Partial<Record<(typeof TARGET_FIELDS)[number], string>>) {
      const id = uuid(taskTargets.size + 1, 'e');
      taskTargets.set(id, wireTaskTarget(id, taskId, target));
      return id;
    },
    /** Answers matching requests (`"PATCH /rest/tasks/<id>"`) with `status` (once, by default). */
    failNext(method: string, path: RegExp, status = 500, once = true) {
      faults.push({ method, path, status, once });
    },
    recover() {
      faults.length = 0;
    },
    /** Holds every answer until the returned function is called. */
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        gate = Promise.resolve();
        release();
      };
    },
    calls(pattern: RegExp) {
      return log.filter((line) => pattern.test(line));
    },
  };
}

export type FakeTaskApi = ReturnType<typeof createFakeTaskApi>;
