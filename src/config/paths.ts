import type { RecordKind } from '@/domain/types';

// Every in-app URL is built here, so a route can move without hunting for strings in components.

const recordSegment = {
  person: 'people',
  company: 'companies',
  opportunity: 'opportunities',
} as const satisfies Record<RecordKind, string>;

type Search = string | URLSearchParams | undefined;

function withSearch(path: string, search: Search): string {
  const query = typeof search === 'string' ? search.replace(/^\?/, '') : search?.toString();
  return query ? `${path}?${query}` : path;
}

export const paths = {
  home: () => '/',
  /** The task board; `search` carries its filters and sort. */
  tasks: (search?: Search) => withSearch('/tasks', search),
  /** "Work through" the board's view one task at a time; `search` carries the same filters. */
  queue: (search?: Search) => withSearch('/tasks/queue', search),
  /** One task (the task editor). */
  task: (id: string) => `/tasks/${encodeURIComponent(id)}`,
  records: (kind: RecordKind, search?: Search) => withSearch(`/${recordSegment[kind]}`, search),
  record: (kind: RecordKind, id: string) => `/${recordSegment[kind]}/${encodeURIComponent(id)}`,
  settings: () => '/settings',
  /** My tasks: the tasks assigned to the user, grouped by due date; `search` carries filters. */
  mine: (search?: Search) => withSearch('/mine', search),
  /** The tasks linked to something a backend names but cannot open (a Rolodex contact);
   *  `name` only labels the page until the tasks say it. */
  linked: (kind: string, id: string, name?: string) =>
    withSearch(
      `/linked/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
      name ? new URLSearchParams({ name }) : undefined,
    ),
};

/** Route patterns for the router; components use `paths` instead. */
export const routePatterns = {
  home: '/',
  tasks: '/tasks',
  queue: '/tasks/queue',
  task: '/tasks/:id',
  records: (kind: RecordKind) => `/${recordSegment[kind]}`,
  record: (kind: RecordKind) => `/${recordSegment[kind]}/:id`,
  settings: '/settings',
  mine: '/mine',
  linked: '/linked/:kind/:id',
};
