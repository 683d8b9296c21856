import type { QueryClient } from '@tanstack/react-query';
import type { Page, RecordRef, Task, TaskTarget } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { compareTasks, matchesListFilters } from '../task-matching';
import { isTaskPages, type TaskPages } from './cached-lists';
import { taskQueries, type TaskListKeyFilters } from './queries';

// The one optimistic cache engine for tasks and their relations. It writes a change into every
// cached query that holds the task (board columns, a task's own view, the by-ids lists a record
// page reads, each record's depth=1 relations), so every screen agrees at once. The invalidation
// that follows (invalidate.ts) corrects anything this approximates, such as a card that should
// now sit on a page not loaded yet.

/** The task as its own view shows it now (optimistic edits included), if it is cached. */
export function cachedTask(queryClient: QueryClient, id: string): Task | undefined {
  return queryClient.getQueryData<Task>(taskQueries.detailKey(id));
}

/** Rewrites every cached by-ids list (a record page's tasks) that holds tasks. */
function updateByIds(queryClient: QueryClient, update: (tasks: Task[]) => Task[]): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.byIdsAll() })) {
    const tasks = query.state.data;
    if (Array.isArray(tasks)) queryClient.setQueryData(query.queryKey, update(tasks as Task[]));
  }
}

function insertSorted(
  pages: Page<Task>[],
  task: Task,
  compare: (a: Task, b: Task) => number,
): Page<Task>[] {
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
  return updatePages(
    data,
    (task) => matchesListFilters(task, filters, now),
    compareTasks(filters.sort),
    before,
    after,
  );
}

/** How a paged list other than the board's columns decides, at `now`, which tasks it holds and
 *  in what order, from its query key's last part. */
export type GroupedListRule = (
  key: unknown,
  now: Date,
) => { matches: (task: Task) => boolean; compare: (a: Task, b: Task) => number };

// Registered by views that load later (the list view's groups), so their rules stay out of
// the board's first load; a view not loaded has no cached lists to update.
const groupedLists: { prefix: readonly unknown[]; rule: GroupedListRule }[] = [];

export function registerGroupedLists(prefix: readonly unknown[], rule: GroupedListRule): void {
  if (groupedLists.some((entry) => entry.prefix.join('/') === prefix.join('/'))) return;
  groupedLists.push({ prefix, rule });
}

function updatePages(
  data: TaskPages,
  matches: (task: Task) => boolean,
  compare: (a: Task, b: Task) => number,
  before: Task,
  after: Task,
): TaskPages {
  const countDelta = Number(matches(after)) - Number(matches(before));
  let pages = data.pages.map((page) =>
    page.items.some((item) => item.id === after.id)
      ? { ...page, items: page.items.filter((item) => item.id !== after.id) }
      : page,
  );
  if (matches(after)) pages = insertSorted(pages, after, compare);
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
  for (const { prefix, rule } of groupedLists) {
    for (const query of queryClient.getQueryCache().findAll({ queryKey: prefix })) {
      const data = query.state.data;
      const key = query.queryKey[prefix.length];
      if (!isTaskPages(data) || key === undefined) continue;
      const { matches, compare } = rule(key, now);
      queryClient.setQueryData(query.queryKey, updatePages(data, matches, compare, before, after));
    }
  }
  queryClient.setQueryData<Task>(taskQueries.detailKey(before.id), (task) =>
    task ? { ...task, ...patch } : task,
  );
  updateByIds(queryClient, (tasks) =>
    tasks.map((task) => (task.id === before.id ? { ...task, ...patch } : task)),
  );
}

/** The task as some screen shows it now: its own view first, else any list that holds it. */
export function findTask(queryClient: QueryClient, id: string): Task | undefined {
  const own = cachedTask(queryClient, id);
  if (own) return own;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: taskQueries.all() })) {
    const data = query.state.data;
    const tasks = isTaskPages(data)
      ? data.pages.flatMap((page) => page.items)
      : Array.isArray(data)
        ? (data as Task[])
        : [];
    const found = tasks.find((task) => task.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Rewrites a task's relations wherever the task is cached (its chips, its editor, a panel). */
export function patchTaskRelations(
  queryClient: QueryClient,
  taskId: string,
  update: (targets: TaskTarget[]) => TaskTarget[],
): void {
  const task = findTask(queryClient, taskId);
  if (task) applyTaskPatch(queryClient, task, { targets: update(task.targets ?? []) });
}

type WithTargets = { taskTargets: TaskTarget[] };

function hasTargets(value: unknown): value is WithTargets {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Partial<WithTargets>).taskTargets)
  );
}

/** Rewrites one record's relations in its cached depth=1 view, if it is cached. */
export function patchRecordRelations(
  queryClient: QueryClient,
  record: RecordRef,
  update: (targets: TaskTarget[]) => TaskTarget[],
): void {
  queryClient.setQueryData<unknown>(
    recordQueries.detailKey(record.kind, record.id),
    (detail: unknown) =>
      hasTargets(detail) ? { ...detail, taskTargets: update(detail.taskTargets) } : detail,
  );
}

/** Drops a deleted task's relations from every cached record view. */
function dropTaskFromRecords(queryClient: QueryClient, taskId: string): void {
  const keep = (targets: TaskTarget[]) => targets.filter((t) => t.taskId !== taskId);
  for (const query of queryClient.getQueryCache().findAll({ queryKey: recordQueries.all() })) {
    const data = query.state.data;
    if (hasTargets(data)) {
      queryClient.setQueryData(query.queryKey, { ...data, taskTargets: keep(data.taskTargets) });
    } else if (Array.isArray(data) && data.some(hasTargets)) {
      // A company's "related" view: its people and opportunities, each with their relations.
      queryClient.setQueryData(
        query.queryKey,
        data.map((item: unknown) =>
          hasTargets(item) ? { ...item, taskTargets: keep(item.taskTargets) } : item,
        ),
      );
    }
  }
}

/** Takes a deleted task out of every cached list, board column and record view at once. */
export function removeTaskFromCaches(queryClient: QueryClient, taskId: string): void {
  const paged = [
    ...queryClient.getQueryCache().findAll({ queryKey: taskQueries.lists() }),
    ...queryClient.getQueryCache().findAll({ queryKey: taskQueries.groups() }),
  ];
  for (const query of paged) {
    const data = query.state.data;
    if (!isTaskPages(data)) continue;
    const had = data.pages.some((page) => page.items.some((task) => task.id === taskId));
    if (!had) continue;
    const pages = data.pages.map((page, index) => ({
      ...page,
      items: page.items.filter((task) => task.id !== taskId),
      totalCount:
        index === 0 && page.totalCount !== null
          ? Math.max(0, page.totalCount - 1)
          : page.totalCount,
    }));
    queryClient.setQueryData(query.queryKey, { ...data, pages });
  }
  updateByIds(queryClient, (tasks) => tasks.filter((task) => task.id !== taskId));
  dropTaskFromRecords(queryClient, taskId);
}
