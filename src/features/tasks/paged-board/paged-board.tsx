import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { BackendCapabilities, TaskSortOption } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { StatusDot } from '@/components/ui/status-dot';
import { paths } from '@/config/paths';
import { taskTitle } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { taskQueries } from '../api/queries';
import { statusLabel } from '../capability-views';
import { DueLabel } from '../components/due-label';
import { LinkedChips, TagChips } from '../linked-chips';
import styles from '../capability-screens.module.css';

// The board for a backend that lists tasks but cannot filter them: one page of the whole list,
// split into the backend's status columns on screen. Paged by offset, ordered as the backend
// can order, filtered by tag on the page shown (the API has no tag filter, and says so here).

export const PAGED_BOARD_SIZE = 25;

const SORT_WORDS: Record<string, string> = {
  'dueAt-asc': 'Due date, soonest first',
  'dueAt-desc': 'Due date, latest first',
  'createdAt-desc': 'Newest first',
  'createdAt-asc': 'Oldest first',
};
const sortValue = (o: TaskSortOption) => `${o.sort}-${o.direction}`;

function readParams(params: URLSearchParams, capabilities: BackendCapabilities) {
  const options = capabilities.sortOptions;
  const order = options.find((o) => sortValue(o) === params.get('order')) ?? options[0];
  const rawOffset = params.get('offset') ?? '';
  const offset = /^\d{1,9}$/.test(rawOffset) ? Number(rawOffset) : 0;
  return { order, offset, tag: params.get('tag') ?? '' };
}

export function PagedBoard() {
  const backend = useBackend();
  const { capabilities } = backend;
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const { order, offset, tag } = readParams(params, capabilities);
  const page = useQuery({
    ...taskQueries.offsetPage(
      backend,
      order ?? { sort: 'dueAt', direction: 'asc' },
      offset === 0 ? null : String(offset),
      PAGED_BOARD_SIZE,
    ),
    enabled: order !== undefined,
  });

  const set = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });

  const items = page.data?.items ?? [];
  const total = page.data?.totalCount ?? null;
  const tagsOnPage = [
    ...new Map(items.flatMap((t) => t.tags ?? []).map((t) => [t.id, t])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  const shown = tag ? items.filter((t) => (t.tags ?? []).some((x) => x.id === tag)) : items;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        {capabilities.sortOptions.length > 1 && order ? (
          <div className={styles.field}>
            <label htmlFor={`${ids}-order`}>Order</label>
            <select
              id={`${ids}-order`}
              value={sortValue(order)}
              onChange={(e) => set({ order: e.target.value, offset: null })}
            >
              {capabilities.sortOptions.map((o) => (
                <option key={sortValue(o)} value={sortValue(o)}>
                  {SORT_WORDS[sortValue(o)] ?? sortValue(o)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {capabilities.hasTags ? (
          <div className={styles.field}>
            <label htmlFor={`${ids}-tag`}>Tag</label>
            <select
              id={`${ids}-tag`}
              value={tag}
              aria-describedby={`${ids}-tag-hint`}
              onChange={(e) => set({ tag: e.target.value })}
            >
              <option value="">Any tag</option>
              {tagsOnPage.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              {tag && !tagsOnPage.some((t) => t.id === tag) ? (
                <option value={tag}>(a tag not on this page)</option>
              ) : null}
            </select>
          </div>
        ) : null}
      </div>
      {capabilities.hasTags ? (
        <p id={`${ids}-tag-hint`} className={styles.note}>
          The tag filter applies to the page shown: this backend cannot filter tasks by tag.
        </p>
      ) : null}

      {page.isError ? (
        <ErrorState
          error={page.error}
          title="Could not load tasks"
          onRetry={() => void page.refetch()}
          retrying={page.isFetching}
        />
      ) : (
        <>
          <Pager
            offset={offset}
            count={items.length}
            total={total}
            loading={page.isPending || page.isPlaceholderData}
            hasNext={page.data?.nextCursor != null}
            onOffset={(next) => set({ offset: next === 0 ? null : String(next) })}
          />
          <div className={styles.columns} aria-busy={page.isPending || page.isPlaceholderData}>
            {capabilities.statuses.map((status) => {
              const tasks = shown.filter((t) => t.status === status);
              const name = statusLabel(capabilities, status);
              return (
                <section
                  key={status}
                  className={styles.column}
                  aria-labelledby={`${ids}-${status}`}
                >
                  <h2 id={`${ids}-${status}`} className={styles.columnTitle}>
                    <StatusDot status={status} />
                    {name}
                    <span className={styles.muted}>{page.isPending ? '' : tasks.length}</span>
                  </h2>
                  {page.isPending ? (
                    <p className={styles.muted}>Loading…</p>
                  ) : tasks.length === 0 ? (
                    <p className={styles.muted}>No {name.toLowerCase()} tasks on this page.</p>
                  ) : (
                    <ul className={styles.list}>
                      {tasks.map((task) => (
                        <li key={task.id}>
                          <PagedCard task={task} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}

function PagedCard({ task }: { task: Task }) {
  return (
    <article className={styles.taskCard} aria-label={taskTitle(task)}>
      <Link className={styles.itemTitle} to={paths.task(task.id)}>
        {taskTitle(task)}
      </Link>
      <DueLabel dueAt={task.dueAt} status={task.status} />
      {task.assignee?.name ? <span className={styles.muted}>{task.assignee.name}</span> : null}
      <LinkedChips linked={task.linked ?? []} label="Contacts" />
      <TagChips tags={task.tags} />
    </article>
  );
}

function Pager({
  offset,
  count,
  total,
  loading,
  hasNext,
  onOffset,
}: {
  offset: number;
  count: number;
  total: number | null;
  loading: boolean;
  hasNext: boolean;
  onOffset: (offset: number) => void;
}) {
  const range =
    count === 0
      ? 'No tasks on this page'
      : `Tasks ${offset + 1}–${offset + count}${total === null ? '' : ` of ${total}`}`;
  return (
    <nav className={styles.pager} aria-label="Pages">
      <Button
        size="sm"
        disabled={offset === 0 || loading}
        onClick={() => onOffset(Math.max(0, offset - PAGED_BOARD_SIZE))}
      >
        Previous page
      </Button>
      <span role="status" className={styles.muted}>
        {loading ? 'Loading…' : range}
      </span>
      <Button size="sm" disabled={!hasNext || loading} onClick={() => onOffset(offset + count)}>
        Next page
      </Button>
    </nav>
  );
}
