import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { StatusDot } from '@/components/ui/status-dot';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import type { Task, TaskStatus } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { hasActiveFilters, type BoardFilters } from '../board-params';
import { taskQueries } from '../api/queries';
import { STATUS_LABELS } from '@/domain/labels';
import { isLinkedTo } from '../task-matching';
import { LoadMore } from './load-more';
import { TaskColumnCards } from './task-column-cards';
import styles from './task-column.module.css';
import { useColumnDrop } from './drag/use-drag';

const KIND_PLURAL = { person: 'a person', company: 'a company', opportunity: 'an opportunity' };
const EMPTY_TITLES: Record<TaskStatus, string> = {
  TODO: 'Nothing to do',
  IN_PROGRESS: 'Nothing in progress',
  DONE: 'Nothing done yet',
};

type Props = {
  status: TaskStatus;
  filters: BoardFilters;
  onStatusChange: (task: Task, status: TaskStatus) => void;
  onClearFilters: () => void;
  /** The card being dragged, if it is this column's: it stays drawn however far it scrolls. */
  draggingTaskId?: string | null;
  /** Not the column a phone shows (a phone shows one at a time; wider screens show all). */
  offPhone?: boolean;
  /** The count the column's badge shows, for the phone's status switcher. */
  onCount?: (status: TaskStatus, count: string | null) => void;
};

/** aria-setsize for a column's cards: its size when known, -1 while more pages may hold more. */
function columnSetSize(column: {
  linked: boolean;
  shown: number;
  loaded: number;
  total: number | null;
  hasNextPage: boolean;
}): number {
  // A "linked" filter runs on loaded pages only, so the server's total does not count it.
  if (column.linked) return column.hasNextPage ? -1 : column.shown;
  if (column.total !== null) return column.total;
  return column.hasNextPage ? -1 : column.loaded;
}

/** One status: its own paged query, count, states, and drop target. */
export function TaskColumn({
  status,
  filters,
  onStatusChange,
  onClearFilters,
  draggingTaskId = null,
  offPhone = false,
  onCount,
}: Props) {
  const backend = useBackend();
  const label = STATUS_LABELS[status];
  const query = useInfiniteQuery({
    ...taskQueries.list(backend, { ...filters, status }),
    // A new filter keeps the old cards on screen until its first page lands.
    placeholderData: keepPreviousData,
  });
  const { setNodeRef, isOver } = useColumnDrop(status);
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;

  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);

  // Never restart a page already on its way (the default would, on every call).
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  // Off after a failed page, so a broken network is not asked again and again.
  const autoLoad = hasNextPage && !query.isPlaceholderData && !query.isFetchNextPageError;
  const onNearEnd = useCallback(() => {
    if (autoLoad && !isFetchingNextPage) loadMore();
  }, [autoLoad, isFetchingNextPage, loadMore]);

  const pages = data?.pages ?? [];
  const total = pages[0]?.totalCount ?? null;
  const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
  const linked = filters.linked;
  const shown = linked
    ? pages.reduce((sum, page) => sum + page.items.filter((t) => isLinkedTo(t, linked)).length, 0)
    : loaded;
  // The API cannot filter tasks by what they link to (Dalil refuses a filter on taskTargets),
  // so a "linked" filter runs on the loaded pages: the badge then counts the cards it shows.
  const count = linked ? shown : (total ?? loaded);
  const setSize = columnSetSize({ linked: linked !== null, shown, loaded, total, hasNextPage });
  const countText = `${count}${(linked || total === null) && hasNextPage ? '+' : ''}`;
  const badge = data ? countText : null;
  useEffect(() => onCount?.(status, badge), [onCount, status, badge]);

  let body;
  if (!data && query.isError) {
    body = (
      <ErrorState
        compact
        headingLevel={3}
        title={`Could not load ${label}`}
        error={query.error}
        onRetry={() => void refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (!data) {
    body = (
      <LoadingState label={`Loading ${label} tasks`} className={styles.skeletons}>
        {[0, 1, 2].map((key) => (
          <div key={key} className={styles.skeletonCard}>
            <Skeleton width="70%" />
            <Skeleton width="40%" height={12} />
          </div>
        ))}
      </LoadingState>
    );
  } else if (shown === 0 && !hasNextPage) {
    body = hasActiveFilters(filters) ? (
      <EmptyState
        compact
        headingLevel={3}
        title="No matching tasks"
        description="No task in this column fits the filters."
        action={
          <Button size="sm" onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        compact
        headingLevel={3}
        title={EMPTY_TITLES[status]}
        description="Drag a card here, or change a task's status from its menu."
      />
    );
  } else {
    body = (
      <TaskColumnCards
        status={status}
        pages={pages}
        pageKeys={data.pageParams.map((param) => String(param ?? 'first'))}
        linked={linked}
        setSize={setSize}
        scroller={scroller}
        pinnedTaskId={draggingTaskId}
        busy={query.isPlaceholderData}
        onNearEnd={onNearEnd}
        onStatusChange={onStatusChange}
        offPhone={offPhone}
      />
    );
  }

  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      className={styles.column}
      data-status={status}
      data-over={isOver || undefined}
      data-off-phone={offPhone || undefined}
    >
      <header className={styles.header}>
        <StatusDot status={status} />
        {/* The count is in the heading, so a screen reader hears "To do, 780 tasks" however few
            cards the virtualised list has drawn. */}
        {/* Takes the focus when a card moved here cannot be shown (not in the loaded pages). */}
        <h2 className={styles.title} tabIndex={-1} data-column-focus="">
          <span aria-hidden="true">{label}</span>
          <VisuallyHidden>
            {data ? `${label}, ${countText} ${count === 1 ? 'task' : 'tasks'}` : label}
          </VisuallyHidden>
        </h2>
        {data ? (
          <span className={styles.count} aria-hidden="true">
            {countText}
          </span>
        ) : null}
        {query.isPlaceholderData ? (
          <span className={styles.updating}>
            {/* Paused: the server is away and the app-wide banner says so; not "Updating" forever. */}
            {query.fetchStatus === 'paused' ? 'Waiting for the server' : 'Updating…'}
          </span>
        ) : null}
      </header>
      {linked && data ? (
        <p className={styles.note}>
          {shown} of {hasNextPage ? `the first ${loaded}` : loaded}{' '}
          {loaded === 1 ? 'task' : 'tasks'} {shown === 1 ? 'is' : 'are'} linked to{' '}
          {KIND_PLURAL[linked]}
        </p>
      ) : null}
      <div ref={setScroller} className={styles.body}>
        {body}
        {data && query.isRefetchError ? (
          <p role="alert" className={styles.inlineError}>
            Could not refresh this column: {query.error.message}{' '}
            <Button size="sm" variant="ghost" onClick={() => void refetch()}>
              Retry
            </Button>
          </p>
        ) : null}
        {data && query.isFetchNextPageError ? (
          <p role="alert" className={styles.inlineError}>
            Could not load more tasks: {query.error.message}{' '}
            <Button size="sm" variant="ghost" onClick={() => void fetchNextPage()}>
              Retry
            </Button>
          </p>
        ) : null}
        {data && hasNextPage && !query.isFetchNextPageError ? (
          <LoadMore
            onLoad={loadMore}
            loading={isFetchingNextPage}
            auto={autoLoad}
            remaining={total === null ? null : Math.max(0, total - loaded)}
          />
        ) : null}
      </div>
    </section>
  );
}
