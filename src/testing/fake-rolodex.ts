import { http, HttpResponse } from 'msw';
import type { BackendSettings } from '@/backends/settings';

// A Rolodex user API for component tests: `count` tasks, every third one completed, the first
// half on contact_1, tags on every other task; limit/offset/order_by as the page describes.

export const ROLODEX_TEST_KEY = 'rolodex-test-key';
export const rolodexSettings: BackendSettings = {
  kind: 'rolodex',
  baseUrl: 'https://rolodex.test',
  apiKey: ROLODEX_TEST_KEY,
  remember: false,
};

export type FakeRolodexTask = ReturnType<typeof makeTask>;

function makeTask(i: number, count: number) {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    id: `task_${i}`,
    body: `Task ${i}`,
    due_date: `2030-01-${day}T09:00:00Z`,
    completed_at: i % 3 === 0 ? '2029-12-01T10:00:00Z' : null,
    created_at: '2029-11-01T10:00:00Z',
    updated_at: '2029-11-01T10:00:00Z',
    contacts: i < count / 2 ? [{ id: 'contact_1', full_name: 'John Doe', image_url: null }] : [],
    assignee: { id: 'user_1', full_name: 'Alice Smith', avatar_url: null },
    creator: null,
    tags:
      i % 2 === 0
        ? [{ id: 'tag_even', name: 'Even' }]
        : [
            { id: 'tag_odd', name: 'Odd' },
            { id: 'tag_sales', name: 'Sales' },
          ],
  };
}

/** Installs the handlers; returns the requests' query strings, in order. */
export function fakeRolodex(
  server: { use: (...h: ReturnType<typeof http.get>[]) => void },
  count: number,
) {
  const tasks = Array.from({ length: count }, (_, i) => makeTask(i, count));
  const seen: URLSearchParams[] = [];
  const base = rolodexSettings.baseUrl;
  server.use(
    http.get(`${base}/user-api/v1/tasks`, ({ request }) => {
      if (request.headers.get('x-rolodex-api-key') !== ROLODEX_TEST_KEY) {
        return HttpResponse.json({ error: 'Unauthorized' }, { status: 401 });
      }
      const params = new URL(request.url).searchParams;
      seen.push(params);
      const limit = Number(params.get('limit') ?? 25);
      const offset = Number(params.get('offset') ?? 0);
      const sorted = [...tasks].sort((a, b) => a.due_date.localeCompare(b.due_date));
      if (params.get('order_by') === 'due_date:desc') sorted.reverse();
      return HttpResponse.json({
        pagination: { limit, offset, total: tasks.length },
        data: sorted.slice(offset, offset + limit),
      });
    }),
    http.get(`${base}/user-api/v1/tasks/:id`, ({ params }) => {
      const task = tasks.find((t) => t.id === params.id);
      return task
        ? HttpResponse.json({ data: task })
        : HttpResponse.json({ error: 'Not Found' }, { status: 404 });
    }),
  );
  return { tasks, seen };
}
