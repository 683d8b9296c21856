import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/config/paths';
import type { Page, RecordKind } from '@/domain/types';
import { formatCount, kindLabels } from '../format';
import { RecordTable, type Column } from './record-table';
import { SEARCH_PARAM } from './record-search';
import styles from './record-list.module.css';

type ListQuery<T> = UseInfiniteQueryResult<InfiniteData<Page<T>, unknown>, Error>;

/** A list's states: skeleton, error with Retry, empty with a next step, and the paged table. */
export function RecordListBody<T extends { id: string }>({
  kind,
  search,
  query,
  columns,
}: {
  kind: RecordKind;
  search: string;
  query: ListQuery<T>;
  columns: readonly Column<T>[];
}) {
  const labels = kindLabels[kind];
  const [, setParams] = useSearchParams();

  if (query.isPending) {
    return (
      <LoadingState label={`Loading ${labels.plural}…`} className={styles.skeletonRows}>
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height={20} />
        ))}
      </LoadingState>
    );
  }
  if (query.isError && !query.data) {
    return (
      <ErrorState
        title={`Could not load ${labels.plural}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }

  const rows = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.totalCount ?? null;

  if (rows.length === 0) {
    return search ? (
      <EmptyState
        title={`No ${labels.plural} match “${search}”`}
        description="Try a shorter part of the name, or clear the search."
        action={
          <Button
            onClick={() =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.delete(SEARCH_PARAM);
                  return next;
                },
                { replace: true },
              )
            }
          >
            Clear search
          </Button>
        }
      />
    ) : (
      <EmptyState
        title={`No ${labels.plural} yet`}
        description={`${labels.title} added in your CRM show up here. Meanwhile, the task board has your tasks.`}
        action={
          <Link to={paths.tasks()} className={buttonClass('secondary')}>
            Open the task board
          </Link>
        }
      />
    );
  }

  const shown = formatCount(rows.length);
  return (
    <div className={styles.list} aria-busy={query.isPlaceholderData || undefined}>
      {query.isRefetchError ? (
        <ErrorState
          compact
          title={`Could not refresh ${labels.plural}; showing what was loaded before`}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      <RecordTable caption={labels.title} columns={columns} rows={rows} />
      <div className={styles.footer}>
        <p className={styles.count} aria-live="polite">
          {total !== null && total > rows.length
            ? `Showing ${shown} of ${formatCount(total)} ${labels.plural}`
            : `${shown} ${rows.length === 1 ? labels.singular : labels.plural}`}
        </p>
        {query.isFetchNextPageError ? (
          <ErrorState
            compact
            headingLevel={3}
            title={`Could not load more ${labels.plural}`}
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
            retrying={query.isFetchingNextPage}
          />
        ) : query.hasNextPage ? (
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading…' : `Load more ${labels.plural}`}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
