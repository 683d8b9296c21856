import { Suspense, useCallback, useEffect, useState } from 'react';
import { Toolbar } from 'react-aria-components';
import { useBackend } from '@/backends/backend-context';
import { lazyComponent } from '@/lib/lazy-component';
import { visuallyHiddenClass } from '@/components/ui/visually-hidden';
import { canRestoreTask } from '../api/restore-task';
import { MemberMenu } from '../components/member-menu';
import { BulkActionButton } from './bulk-action-button';
import { bulkActions } from './bulk-capabilities';
import { BulkDeleteDialog } from './bulk-delete-dialog';
import { BulkDuePopover } from './bulk-due-popover';
import { BulkLinkPopover } from './bulk-link-popover';
import { BulkProgress } from './bulk-progress';
import { countOutcomes } from './run-batch';
import { useBulkRun } from './use-bulk-run';
import { useSelectedTasks, useTaskSelectionStore } from './use-task-selection';
import styles from './bulk-action-bar.module.css';

// The status menu stays a chunk of its own, shared with the cards' menus.
const statusMenu = lazyComponent(
  () => import('../components/status-menu-popover'),
  (module) => module.StatusMenuPopover,
);

/** Keeps the page's end and the toasts clear of the bar (CSS reads --bulk-bar-height). */
function useBarHeight(node: HTMLElement | null) {
  useEffect(() => {
    const root = document.documentElement;
    if (!node) return undefined;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--bulk-bar-height', `${node.offsetHeight}px`),
    );
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--bulk-bar-height');
    };
  }, [node]);
}

/**
 * The selection's actions, at the foot of the screen while tasks are selected: status,
 * assignee, due date, link, delete, each with the app's own picker, then the batch's progress.
 */
export function BulkActionBar() {
  const store = useTaskSelectionStore();
  const selected = useSelectedTasks();
  const backend = useBackend();
  const actions = bulkActions(backend.capabilities);
  const onDeleted = useCallback((ids: readonly string[]) => store?.setMany(ids, false), [store]);
  const bulk = useBulkRun({ onDeleted });
  const [deleting, setDeleting] = useState(false);
  // Others (a command palette) run actions on the selection through the store.
  const { start } = bulk;
  useEffect(() => {
    if (!store) return undefined;
    store.setRunner((change) => start(change, store.selected()));
    return () => store.setRunner(null);
  }, [store, start]);
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  const count = selected.length;
  const shown = count > 0 || bulk.run !== null;
  useBarHeight(shown ? bar : null);
  const inView = store?.inView().length ?? 0;

  let announcement = '';
  if (bulk.run) {
    const counts = countOutcomes(bulk.run.outcomes);
    announcement = bulk.run.running
      ? `${bulk.run.plan.doing}: ${counts.total} tasks…`
      : `${bulk.run.plan.did(counts.done)}.${counts.failed > 0 ? ` ${counts.failed} failed.` : ''}`;
  }

  const run = (change: Parameters<typeof bulk.start>[0]) => bulk.start(change, selected);
  const busy = bulk.run?.running ?? false;
  const tasks = `${count} ${count === 1 ? 'task' : 'tasks'}`;

  return (
    <>
      <p role="status" className={visuallyHiddenClass}>
        {announcement}
      </p>
      {shown ? (
        <div ref={setBar} className={styles.bar} data-bulk-bar="">
          {bulk.run ? (
            <BulkProgress
              run={bulk.run}
              onRetry={bulk.retryFailed}
              onCancel={bulk.cancel}
              onClose={bulk.close}
            />
          ) : null}
          {count > 0 ? (
            <Toolbar aria-label={`Actions on ${tasks} selected`} className={styles.toolbar}>
              <span className={styles.count}>{count} selected</span>
              {count < inView ? (
                <button
                  type="button"
                  className={styles.action}
                  onClick={() => store?.selectAllInView()}
                >
                  Select all {inView}
                </button>
              ) : null}
              {actions.status ? (
                <BulkActionButton label="Status" popup="menu" disabled={busy}>
                  {({ triggerRef, close }) => (
                    <Suspense fallback={null}>
                      <statusMenu.Component
                        triggerRef={triggerRef}
                        status={null}
                        focus="first"
                        onChange={(status) => run({ kind: 'status', status })}
                        onClose={close}
                      />
                    </Suspense>
                  )}
                </BulkActionButton>
              ) : null}
              {actions.assignee ? (
                <BulkActionButton label="Assign" disabled={busy}>
                  {({ triggerRef, close }) => (
                    <MemberMenu
                      label={`Assignee of ${tasks}`}
                      triggerRef={triggerRef}
                      onPick={(member) => run({ kind: 'assignee', member })}
                      onClose={close}
                    />
                  )}
                </BulkActionButton>
              ) : null}
              {actions.due ? (
                <BulkActionButton label="Due" disabled={busy}>
                  {({ triggerRef, close }) => (
                    <BulkDuePopover
                      triggerRef={triggerRef}
                      count={count}
                      onPick={(dueAt, words) => run({ kind: 'due', dueAt, words })}
                      onClose={close}
                    />
                  )}
                </BulkActionButton>
              ) : null}
              {actions.link ? (
                <BulkActionButton label="Link to…" disabled={busy}>
                  {({ triggerRef, close }) => (
                    <BulkLinkPopover
                      triggerRef={triggerRef}
                      count={count}
                      onPick={(record) => run({ kind: 'link', record })}
                      onClose={close}
                    />
                  )}
                </BulkActionButton>
              ) : null}
              {actions.delete ? (
                <button
                  type="button"
                  className={`${styles.action} ${styles.danger}`}
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    if (!busy) setDeleting(true);
                  }}
                >
                  Delete
                </button>
              ) : null}
              <button
                type="button"
                className={styles.clear}
                aria-label="Clear the selection"
                aria-keyshortcuts="Escape"
                onClick={() => store?.clear()}
              >
                <span aria-hidden="true">×</span>
              </button>
            </Toolbar>
          ) : null}
        </div>
      ) : null}
      {deleting ? (
        <BulkDeleteDialog
          count={count}
          canUndo={selected.every((task) => canRestoreTask(backend.capabilities, task))}
          onDelete={() => run({ kind: 'delete' })}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </>
  );
}
