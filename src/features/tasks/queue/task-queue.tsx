import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { Button, buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { StatusDot } from '@/components/ui/status-dot';
import { paths } from '@/config/paths';
import { RECORD_KIND_LABELS, taskTitle } from '@/domain/labels';
import type { RecordRef } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { lazyComponent } from '@/lib/lazy-component';
import type { BoardFilters } from '../board-params';
import { statusLabel } from '../capability-views';
import { DueLabel } from '../components/due-label';
import { assigneeName } from '../components/assignee-avatar';
import { queueQuery, QUEUE_MAX } from './queue-query';
import {
  currentId,
  isFinished,
  readQueueState,
  settle,
  skippedIds,
  startQueue,
  tally,
  type QueueState,
} from './queue-state';
import { snoozePatch } from './snooze';
import { useQueueKeys } from './use-queue-keys';
import { useQueueWrite, type QueueWrite } from './use-queue-write';
import styles from './task-queue.module.css';

// Its own chunk, shared with the editor (react-markdown stays out of every first load).
const markdownView = lazyComponent(
  () => import('../editor/components/markdown-view'),
  (module) => module.MarkdownView,
);

type Run = { id: string; state: QueueState | null };

/** The run kept in the history entry: back from a record, the queue resumes where it was. */
function readRun(historyState: unknown): Run | null {
  const run = (historyState as { queueRun?: { id?: unknown; state?: unknown } } | null)?.queueRun;
  if (!run || typeof run.id !== 'string') return null;
  return { id: run.id, state: readQueueState(run.state) };
}

const newRunId = () => Math.random().toString(36).slice(2);

/**
 * "Work through": the open tasks of the board's view, one at a time, with the record each is
 * linked to beside it. `renderRecord` shows a record's details (the page composes the records
 * feature in); `boardSearch` is the view's URL search, for the way back.
 */
export function TaskQueue({
  filters,
  boardSearch,
  renderRecord,
}: {
  filters: BoardFilters;
  boardSearch: string;
  renderRecord: (record: RecordRef) => ReactNode;
}) {
  const backend = useBackend();
  const { capabilities } = backend;
  const location = useLocation();
  const navigate = useNavigate();
  const [run, setRun] = useState<Run>(
    () => readRun(location.state) ?? { id: newRunId(), state: null },
  );
  const query = useQuery(queueQuery(backend, filters, run.id));
  const tasks = useMemo(
    () => new Map((query.data?.tasks ?? []).map((task) => [task.id, task])),
    [query.data],
  );
  // The run starts once the view is read; a run resumed from history whose task is gone (the
  // snapshot was dropped from the cache meanwhile) starts again on what the view holds now.
  if (query.data) {
    const id = run.state ? currentId(run.state) : null;
    if (!run.state || (id !== null && !tasks.has(id))) {
      setRun({ ...run, state: startQueue(query.data.tasks.map((task) => task.id)) });
    }
  }
  const state = run.state;

  useEffect(() => {
    if (!state) return;
    void navigate(`${location.pathname}${location.search}`, {
      replace: true,
      state: { queueRun: { id: run.id, state } },
    });
    // Only a change of the run is written; the location it is written to is the current one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run]);

  const write = useQueueWrite();
  const task = state ? tasks.get(currentId(state) ?? '') : undefined;
  const board = paths.tasks(boardSearch);
  const record = task?.targets?.find((relation) => relation.target)?.target ?? null;
  const canDone = capabilities.canChangeStatus && capabilities.statuses.includes('DONE');
  const canSnooze = capabilities.canEditTasks;

  const advance = (outcome: 'done' | 'snoozed' | 'skipped') => {
    write.reset();
    setRun((current) =>
      current.state ? { ...current, state: settle(current.state, outcome) } : current,
    );
  };
  const send = (variables: QueueWrite) => {
    if (write.isPending) return;
    write.mutate(variables, { onSuccess: () => advance(variables.outcome) });
  };
  const retry = () => {
    if (write.variables) send(write.variables);
  };
  const busy = write.isPending;
  const done =
    task && canDone && !busy
      ? () => send({ task, patch: { status: 'DONE' }, outcome: 'done' })
      : undefined;
  const snooze =
    task && canSnooze && !busy
      ? () => send({ task, patch: snoozePatch(task, capabilities, new Date()), outcome: 'snoozed' })
      : undefined;
  const skip = task && !busy ? () => advance('skipped') : undefined;
  const openRecord = record ? () => void navigate(paths.record(record.kind, record.id)) : undefined;
  useQueueKeys({ done, snooze, skip, openRecord, leave: () => void navigate(board) });

  // Each new task is announced and takes the focus, so the keys act on what is read.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownId = task?.id;
  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);

  const back = (
    <Link to={board} className={buttonClass('secondary', 'sm')}>
      Back to the board
    </Link>
  );
  // Where the page's own state offers the way back (empty, finished), the header does not.
  const header = (withBack = true) => (
    <PageHeader
      title="Work through"
      description={
        canDone || canSnooze
          ? 'One task at a time from the board’s view.'
          : 'One task at a time. Read-only: this backend lets tasks be read, not changed.'
      }
      actions={withBack ? back : undefined}
    />
  );

  if (!capabilities.canListTasks) {
    return (
      <div className={styles.page}>
        {header(false)}
        <EmptyState
          title="Nothing to work through"
          description="This backend keeps tasks on their records and cannot list them, so there is no queue to go through."
          action={back}
        />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className={styles.page}>
        {header()}
        <ErrorState
          title="Could not load the tasks"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </div>
    );
  }
  if (!state) {
    return (
      <div className={styles.page}>
        {header()}
        <LoadingState label="Loading tasks">
          <Skeleton width="100%" height={240} />
        </LoadingState>
      </div>
    );
  }
  if (state.ids.length === 0) {
    return (
      <div className={styles.page}>
        {header(false)}
        <EmptyState
          title="Nothing to work through"
          description="No open tasks match this view. Change the board’s filters, or enjoy the quiet."
          action={back}
        />
      </div>
    );
  }
  if (isFinished(state) || !task) {
    const counts = tally(state);
    const skipped = skippedIds(state);
    return (
      <div className={styles.page}>
        {header(false)}
        <progress
          className={styles.progress}
          max={state.ids.length}
          value={state.ids.length}
          aria-label="Progress"
        />
        <EmptyState
          title="All done"
          description={`${counts.done} done, ${counts.snoozed} snoozed to tomorrow, ${counts.skipped} skipped.`}
          action={
            <div className={styles.endActions}>
              {back}
              {skipped.length > 0 ? (
                <Button
                  size="sm"
                  onClick={() => setRun({ id: newRunId(), state: startQueue(skipped) })}
                >
                  Go through the {skipped.length} skipped
                </Button>
              ) : null}
            </div>
          }
        />
      </div>
    );
  }

  const position = state.index + 1;
  const more = query.data?.total != null && query.data.total > state.ids.length;
  const name = task.assigneeId ? assigneeName(task.assigneeId, task.assignee) : null;
  return (
    <div className={styles.page}>
      {header()}
      <div className={styles.progressRow}>
        <p className={styles.count} aria-live="polite">
          {position} of {state.ids.length}
          {more ? (
            <span className={styles.more}>
              {' '}
              (the first {QUEUE_MAX} of {query.data?.total})
            </span>
          ) : null}
        </p>
        <progress
          className={styles.progress}
          max={state.ids.length}
          value={state.index}
          aria-label={`Task ${position} of ${state.ids.length}`}
        />
      </div>
      <div className={styles.layout}>
        <article className={styles.task} aria-labelledby="queue-task-title">
          <h2 id="queue-task-title" ref={heading} tabIndex={-1} className={styles.title}>
            {taskTitle(task)}
          </h2>
          <dl className={styles.meta}>
            <div>
              <dt>Status</dt>
              <dd>
                {task.status ? (
                  <>
                    <StatusDot status={task.status} /> {statusLabel(capabilities, task.status)}
                  </>
                ) : (
                  'No status'
                )}
              </dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>
                {task.dueAt ? <DueLabel dueAt={task.dueAt} status={task.status} /> : 'No due date'}
              </dd>
            </div>
            <div>
              <dt>Assignee</dt>
              <dd>{task.assigneeId ? (name ?? 'Unknown member') : 'Unassigned'}</dd>
            </div>
          </dl>
          {write.isError ? (
            <div role="alert" className={styles.error}>
              <p>
                Could not save “{taskTitle(task)}”: {explainError(write.error)} Nothing was changed;
                the task stays here.
              </p>
              <Button size="sm" onClick={retry}>
                Retry
              </Button>
            </div>
          ) : null}
          <div className={styles.actions} role="group" aria-label="Actions">
            {canDone ? (
              <Button variant="primary" onClick={done} disabled={busy} aria-keyshortcuts="d">
                Done <kbd aria-hidden="true">d</kbd>
              </Button>
            ) : null}
            {canSnooze ? (
              <Button onClick={snooze} disabled={busy} aria-keyshortcuts="s">
                Snooze to tomorrow <kbd aria-hidden="true">s</kbd>
              </Button>
            ) : null}
            <Button onClick={skip} disabled={busy} aria-keyshortcuts="n ArrowRight">
              Skip <kbd aria-hidden="true">n</kbd>
            </Button>
            <Link to={paths.task(task.id)} className={buttonClass('ghost', 'md')}>
              Open task
            </Link>
          </div>
          {busy ? (
            <p className={styles.saving} role="status">
              Saving…
            </p>
          ) : null}
          {/* Under the actions, so a long description never pushes them out of reach. */}
          {task.bodyMarkdown ? (
            <div className={styles.body}>
              <Suspense fallback={<p className={styles.plain}>{task.bodyMarkdown}</p>}>
                <markdownView.Component
                  markdown={task.bodyMarkdown}
                  baseLevel={2}
                  imagesKey={task.id}
                />
              </Suspense>
            </div>
          ) : null}
        </article>
        <aside className={styles.record} aria-label="Linked record">
          {record ? (
            <>
              {renderRecord(record)}
              <Link
                to={paths.record(record.kind, record.id)}
                className={buttonClass('secondary', 'sm')}
                aria-keyshortcuts="o"
              >
                Open {RECORD_KIND_LABELS[record.kind].singular.toLowerCase()}{' '}
                <kbd aria-hidden="true">o</kbd>
              </Link>
            </>
          ) : (
            <p className={styles.noRecord}>Not linked to a record.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
