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
import type { FilterNode } from '../../../../server/query/types.ts';
import { parseFilter } from '../../../../server/query/filter.ts';

// A small Dalil-shaped backend for board tests, at the network edge: it reads the real query
// parameters (filter through the embedded server's own parser, order_by, limit, cursor), so
// the tests exercise the app's whole request path, and it records every request it answers.

type Row = Record<string, unknown> & { id: string };
export type Seen = { method: string; path: string; params: URLSearchParams; body: unknown };

export type BoardData = {
  tasks: Row[];
  people: Row[];
  companies: Row[];
  opportunities: Row[];
  workspaceMembers: Row[];
};

function ilikeToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*');
  return new RegExp(`^${escaped}$`, 'is');
}

function matches(row: Row, node: FilterNode): boolean {
  if (node.kind === 'not') return !matches(row, node.child);
  if (node.kind !== 'atom') {
    return node.kind === 'and'
      ? node.children.every((child) => matches(row, child))
      : node.children.some((child) => matches(row, child));
  }
  const actual = row[node.field] ?? null;
  const value = node.value;
  const text = typeof actual === 'string' ? actual : null;
  switch (node.comparator) {
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    case 'in':
      return Array.isArray(value) && value.includes(String(actual));
    case 'is':
      return value === 'NULL' ? actual === null : actual !== null;
    case 'lt':
      return text !== null && text < String(value);
    case 'gte':
      return text !== null && text >= String(value);
    case 'ilike':
      return text !== null && ilikeToRegExp(String(value)).test(text);
    default:
      throw new Error(`fake server: comparator ${node.comparator} not supported`);
  }
}

function order(rows: Row[], orderBy: string | null): Row[] {
  const keys = (orderBy ?? '').split(',').filter(Boolean);
  const sorted = [...rows];
  sorted.sort((a, b) => {
    for (const key of keys) {
      const [, field = '', direction = 'AscNullsFirst'] =
        /^([\w.]+)(?:\[(\w+)\])?$/.exec(key) ?? [];
      const x = a[field] as string | null;
      const y = b[field] as string | null;
      if (x === y) continue;
      if (x === null || y === null)
        return (x === null) === direction.endsWith('NullsFirst') ? -1 : 1;
      return (x < y ? -1 : 1) * (direction.startsWith('Desc') ? -1 : 1);
    }
    return a.id < b.id ? -1 : 1;
  });
  return sorted;
}

export type ServeOptions = {
  /** Answer for PATCH /rest/tasks/:id instead of applying it. */
  patch?: () => Response | Promise<Response>;
  /** Answer for GET /rest/tasks instead of listing (a failure or a malformed body). */
  listTasks?: (req: Seen) => Response | undefined;
};

export function serveBoard(data: BoardData, options: ServeOptions = {}) {
  const seen: Seen[] = [];
  server.use(
    http.all('*/rest/*', async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const req: Seen = {
        method: request.method,
        path: url.pathname,
        params: url.searchParams,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      seen.push(req);
      const [, , plural = '', id] = url.pathname.split('/');
      if (request.method === 'PATCH' && plural === 'tasks' && id) {
        if (options.patch) return options.patch();
        const task = data.tasks.find((row) => row.id === id);
        if (!task) return HttpResponse.json({ messages: ['Record not found'] }, { status: 404 });
        Object.assign(task, req.body);
        return HttpResponse.json({ data: { updateTask: task } });
      }
      if (request.method !== 'GET' || !(plural in data)) {
        return HttpResponse.json({ messages: ['no route'] }, { status: 404 });
      }
      if (plural === 'tasks') {
        const override = options.listTasks?.(req);
        if (override) return override;
      }
      const filter = url.searchParams.get('filter');
      const all = data[plural as keyof BoardData];
      const rows = order(
        filter ? all.filter((row) => matches(row, parseFilter(filter))) : all,
        url.searchParams.get('order_by'),
      );
      const limit = Number(url.searchParams.get('limit') ?? 60);
      const start = Number(url.searchParams.get('starting_after') ?? 0);
      const items = rows.slice(start, start + limit);
      const hasNextPage = start + limit < rows.length;
      return HttpResponse.json(
        listBody(plural, items, {
          totalCount: rows.length,
          pageInfo: {
            hasNextPage,
            startCursor: String(start),
            endCursor: hasNextPage ? String(start + limit) : null,
          },
        }),
      );
    }),
  );
  return seen;
}

/** Ids that read well in failures and are valid UUIDs (the app checks member ids). */
export const uuid = (prefix: number, n: number) =>
  `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const MEMBER = wireMember(uuid(9, 1), { name: { firstName: 'Grace', lastName: 'Hopper' } });

/** A task with its relations as `GET /rest/tasks?depth=1` sends them. */
export function boardTask(
  n: number,
  over: Record<string, unknown> = {},
  targets: { personId?: string; companyId?: string; opportunityId?: string }[] = [],
): Row {
  const id = uuid(1, n);
  return wireTask(id, {
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    taskTargets: targets.map((target, index) =>
      wireTaskTarget(uuid(2, n * 10 + index), id, target),
    ),
    ...over,
  });
}

export function boardData(over: Partial<BoardData> = {}): BoardData {
  return {
    tasks: [],
    people: [wirePerson(uuid(3, 1), { name: { firstName: 'Ada', lastName: 'Lovelace' } })],
    companies: [wireCompany(uuid(4, 1), { name: 'Acme' })],
    opportunities: [wireOpportunity(uuid(5, 1), { name: 'Big deal' })],
    workspaceMembers: [MEMBER],
    ...over,
  };
}

export const requestsTo = (seen: Seen[], path: string) =>
  seen.filter((req) => req.method === 'GET' && req.path === path);
