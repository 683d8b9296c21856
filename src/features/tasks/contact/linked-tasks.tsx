import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { revealBidiControls } from '@/domain/reveal-bidi';
import { taskTitle } from '@/domain/labels';
import { taskQueries } from '../api/queries';
import { statusLabel } from '../capability-views';
import { DueLabel } from '../components/due-label';
import { TagChips } from '../linked-chips';
import styles from '../capability-screens.module.css';

// The tasks linked to one contact, for a backend that can list tasks but not filter them by
// contact: read from the task list a bounded number of pages at a time, with the progress shown.

export const GATHER_PAGE_SIZE = 100;
/** Pages read before stopping to ask: a huge list is never read in full unasked. */
export const GATHER_PAGES_PER_STEP = 10;

const count = new Intl.NumberFormat();

export function LinkedTasks({
  kind,
  id,
  name,
  pageSize = GATHER_PAGE_SIZE,
  pagesPerStep = GATHER_PAGES_PER_STEP,
}: {
  kind: string;
  id: string;
  name: string | null;
  pageSize?: number;
  pagesPerStep?: number;
}) {
  const backend = useBackend();
  const { capabilities } = backend;
  const order = capabilities.sortOptions[0] ?? { sort: 'dueAt', direction: 'asc' };
  const list = useInfiniteQuery(taskQueries.everyPage(backend, order, pageSize));
  const [budget, setBudget] = useState(pagesPerStep);

  const pages = list.data?.pages ?? [];
  const read = pages.reduce((n, p) => n + p.items.length, 0);
  const total = pages[0]?.totalCount ?? null;
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = list;
  const wantsMore = hasNextPage && pages.length < budget;
  // The page count is a dependency: a page can arrive within one render, with
  // isFetchingNextPage false before and after, and the next page must still be asked for.
  const pageCount = pages.length;
  useEffect(() => {
    if (wantsMore && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [wantsMore, isFetchingNextPage, isError, fetchNextPage, pageCount]);

  const tasks = pages
    .flatMap((p) => p.items)
    .filter((t) => (t.linked ?? []).some((l) => l.kind === kind && l.id === id));
  const label =
    tasks.flatMap((t) => t.linked ?? []).find((l) => l.kind === kind && l.id === id)?.label ?? name;
  const title = label ? revealBidiControls(label) : `${kind} ${id}`;
  useDocumentTitle(title);

  const reading = list.isPending || wantsMore;
  const progress = reading
    ? `Reading the task list: ${count.format(read)}${total === null ? '' : ` of ${count.format(total)}`} tasks read…`
    : hasNextPage
      ? `Read the first ${count.format(read)}${total === null ? '' : ` of ${count.format(total)}`} tasks; more tasks may be linked further on.`
      : `Read all ${count.format(read)} tasks.`;

  return (
    <div className={styles.page}>
      <PageHeader
        eyebrow={<Link to={paths.tasks()}>← Tasks</Link>}
        title={title}
        description="Tasks linked to this contact, found by reading the task list (this backend cannot filter it by contact)."
      />
      <p role="status" className={styles.progress}>
        {progress}
      </p>
      {isError ? (
        <ErrorState
          error={list.error}
          title="Could not read the task list"
          onRetry={() => void fetchNextPage()}
          retrying={list.isFetching}
        />
      ) : null}
      {!reading && hasNextPage ? (
        <div>
          <Button size="sm" onClick={() => setBudget(pages.length + pagesPerStep)}>
            Read {count.format(pagesPerStep * pageSize)} more tasks
          </Button>
        </div>
      ) : null}
      <section className={styles.card} aria-labelledby="linked-tasks-heading">
        <h2 id="linked-tasks-heading" className={styles.heading}>
          {tasks.length === 1 ? '1 task' : `${count.format(tasks.length)} tasks`}
          {reading ? ' so far' : ''}
        </h2>
        {tasks.length === 0 && !reading ? (
          <p className={styles.muted}>No task in what was read is linked to this contact.</p>
        ) : (
          <ul className={styles.list}>
            {tasks.map((task) => (
              <li key={task.id} className={styles.item}>
                <Link className={styles.itemTitle} to={paths.task(task.id)}>
                  {taskTitle(task)}
                </Link>
                <span className={styles.muted}>
                  {task.status ? statusLabel(capabilities, task.status) : task.statusLabel}
                </span>
                <DueLabel dueAt={task.dueAt} status={task.status} />
                <TagChips tags={task.tags} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
