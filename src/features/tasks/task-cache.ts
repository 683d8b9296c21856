import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Page, Task } from '@/domain/types';
import { taskQueries, type TaskListKeyFilters } from './queries';
import { compareTasks, matchesListFilters } from './task-matching';

// Writes one task change into every cached task query, so the board, a task's own view and
// a record page's tasks all agree at once. The invalidation that follows corrects anything
// this approximates (a card that should now sit on a page not loaded yet, say).

type TaskPages = InfiniteData<Page<Task>, string | null>;

function isTaskPages(data: unknown): data is TaskPages {
  return typeof data === 'object' && data !== null && Array.isArray((data as TaskPages).pages);
}

function insertSorted(pages: Page<Task>[], task: Task, filters: TaskListKeyFilters): Page<Task>[] {
  const compare = compareTasks(filters.sort);
  for (let p = 0; p < pages.length; p += 1) {
    const page = pages[p]!;
    const at = page.items.findIndex((item) => compare(task, item) < 0);
    if (at >= 0) {
      const items = [...page.items.slice(0, at), task, ...page.items.slice(at)];
      return pages.map((other, index) => (index === p ? { ...page, items } : other));
    }
  }
  const last = pages[pages.length - 1];
  // It sorts after everything loaded: it belongs on a page not fetched yet, unless this is the end.
  if (!last || last.nextCursor !== null) return pages;
  return [...pages.slice(0, -1), { ...last, items: [...last.items, task] }];
}

export function updateListData(
  data: TaskPages,
  filters: TaskListKeyFilters,
  before: Task,
  after: Task,
  now: Date,
): TaskPages {
  const countDelta =
    Number(matchesListFilters(after, filters, now)) -
    Number(matchesListFilters(before, filters, now));
  let pages = data.pages.map((page) =>
    page.items.some((item) => item.id === after.id)
      ? { ...page, items: page.items.filter((item) => item.id !== after.id) }
      : page,
  );
  if (matchesListFilters(after, filters, now)) pages = insertSorted(pages, after, filters);
  const first = pages[0];
  if (first && first.totalCount !== null && countDelta !== 0) {
    pages = [
      { ...first, totalCount: Math.max(0, first.totalCount + countDelta) },
      ...pages.slice(1),
    ];
  }
  return { ...data, pages };
}

/** Applies `patch` to the task everywhere it is cached; `before` is the task as the user saw it. */
export function applyTaskPatch(
  queryClient: QueryClient,
  before: Task,
  patch: Partial<Omit<Task, 'id'>>,
  now = new Date(),
): void {
  const after = { ...before, ...patch };
  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.lists() })) {
    const data = query.state.data;
    const filters = query.queryKey[2] as TaskListKeyFilters | undefined;
    if (!isTaskPages(data) || !filters) continue;
    queryClient.setQueryData(query.queryKey, updateListData(data, filters, before, after, now));
  }
  queryClient.setQueryData<Task>([...taskQueries.details(), before.id], (task) =>
    task ? { ...task, ...patch } : task,
  );
  for (const query of queryClient
    .getQueryCache()
    .findAll({ queryKey: [...taskQueries.all(), 'byIds'] })) {
    const tasks = query.state.data;
    if (!Array.isArray(tasks)) continue;
    queryClient.setQueryData(
      query.queryKey,
      (tasks as Task[]).map((task) => (task.id === before.id ? { ...task, ...patch } : task)),
    );
  }
}
