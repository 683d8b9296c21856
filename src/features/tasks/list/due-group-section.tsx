import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useBackend } from '@/backends/backend-context';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { focusTask } from '@/components/task-focus/task-focus';
import type { RecordKind, Task, TaskStatus } from '@/domain/types';
import { groupQuery } from './group-query';
import { LoadMore } from '../components/load-more';
import type { ChangeStatus } from '../components/use-change-status';
import { isLinkedTo } from '../task-matching';
import { usePageNames } from '../use-page-names';
import { DUE_GROUPS, DUE_GROUP_EMPTY, DUE_GROUP_LABELS, type DueGroupKey } from './due-groups';
import { ListRow } from './list-row';
import { useSelectableTasks } from '../bulk/use-task-selection';
import styles from './list-view.module.css';

const NO_TASKS: readonly Task[] = [];

export type GroupSummary = { loaded: boolean; count: number; failed: boolean };

/**
 * One group of the list view: a heading that opens and closes it with its count, its rows, and
 * more rows as the end scrolls into view (or on "Load more"). Its pages are asked of the server
 * on their own, with the group's due window (due-groups.ts).
 */
export function DueGroupSection({
  groupKey,
  linked,
  defaultOpen,
  changeStatus,
  onSummary,
}: {
  groupKey: DueGroupKey;
  /** The board's "linked to" filter, applied to loaded rows (the API cannot). */
  linked: RecordKind | null;
  defaultOpen: boolean;
  changeStatus: ChangeStatus;
  onSummary: (group: DueGroupKey['group'], summary: GroupSummary) => void;
}) {
  const backend = useBackend();
  const ids = useId();
  const [open, setOpen] = useState(defaultOpen);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const query = useInfiniteQuery(groupQuery(backend, groupKey));
  const pages = query.data?.pages;
  const tasks = useMemo(() => {
    const all = (pages ?? []).flatMap((page) => page.items);
    return linked ? all.filter((task) => isLinkedTo(task, linked)) : all;
  }, [pages, linked]);
  const { names, failed: namesFailed } = usePageNames(open ? tasks : []);
  // Only rows the user can see take part in a bulk selection ("select all in view").
  useSelectableTasks(
    `list:${groupKey.group}`,
    DUE_GROUPS.indexOf(groupKey.group),
    open ? tasks : NO_TASKS,
  );
  const total = pages?.[0]?.totalCount ?? null;
  // A "linked" filter runs on loaded rows only, so the server's total does not count it.
  const count = linked || total === null ? tasks.length : total;
  const countText = linked && query.hasNextPage ? `${count}+` : String(count);
  const label = DUE_GROUP_LABELS[groupKey.group];
  // An empty group says so on its heading's line, with no body below it.
  const empty = query.isSuccess && tasks.length === 0 && !query.hasNextPage;

  const loaded = query.isSuccess;
  const failed = query.isError;
  const group = groupKey.group;
  useEffect(
    () => onSummary(group, { loaded, count, failed }),
    [onSummary, group, loaded, count, failed],
  );

  const onStatusChange = useCallback(
    (task: Task, status: TaskStatus) => {
      changeStatus(task, status, null);
      // The row may leave this group (Done, or no longer matching): the focus then waits on
      // this group's heading rather than dropping to the page's top.
      focusTask({ taskId: task.id, part: 'status', fallback: () => toggleRef.current });
    },
    [changeStatus],
  );
  const { fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    <section className={styles.group} aria-labelledby={`${ids}-h`} data-group={groupKey.group}>
      <h2 id={`${ids}-h`} className={styles.groupHeading}>
        <button
          ref={toggleRef}
          type="button"
          className={styles.groupToggle}
          aria-expanded={open}
          aria-controls={`${ids}-body`}
          data-group-focus
          onClick={() => setOpen((current) => !current)}
        >
          <span className={styles.chevron} aria-hidden="true" />
          <span>{label}</span>
          <span
            className={styles.count}
            data-overdue={(groupKey.group === 'overdue' && count > 0) || undefined}
          >
            {query.isPending || query.isError ? '' : countText}
          </span>
          {empty ? (
            <span className={styles.emptyNote}>{DUE_GROUP_EMPTY[groupKey.group]}</span>
          ) : null}
        </button>
      </h2>
      <div id={`${ids}-body`} hidden={!open || empty}>
        {!open ? null : query.isPending ? (
          <LoadingState label={`Loading ${label.toLowerCase()}`}>
            <Skeleton width="100%" height={36} />
          </LoadingState>
        ) : query.isError && !pages ? (
          <ErrorState
            compact
            headingLevel={3}
            error={query.error}
            title={`Could not load ${label.toLowerCase()}`}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : empty ? null : (
          <>
            <ul className={styles.rows} aria-label={label}>
              {tasks.map((task) => (
                <ListRow
                  key={task.id}
                  task={task}
                  names={names}
                  namesFailed={namesFailed}
                  onStatusChange={onStatusChange}
                />
              ))}
            </ul>
            {query.hasNextPage ? (
              <LoadMore
                onLoad={loadMore}
                loading={query.isFetchingNextPage}
                auto={!query.isFetchNextPageError}
                remaining={total === null || linked ? null : Math.max(0, total - tasks.length)}
              />
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
