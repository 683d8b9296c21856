import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useBackend } from '@/backends/backend-context';
import type { ToastApi } from '@/components/ui/toast/toast-context';
import { useToast } from '@/components/ui/toast/use-toast';
import type { Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { invalidateAfterTaskChange } from '../api/invalidate';
import { taskQueries } from '../api/queries';
import { planBulk, type BulkChange, type BulkPlan } from './bulk-plan';
import { countOutcomes, retryable, runBatch, type ItemOutcome } from './run-batch';

/** Undoes every task the batch changed, a few at a time, and says how that went. */
async function undoAll(
  plan: BulkPlan,
  ids: readonly string[],
  undo: (id: string) => Promise<void>,
  queryClient: QueryClient,
  show: ToastApi['show'],
) {
  const failed: Error[] = [];
  await runBatch(ids, undo, {
    onOutcome: (_id, outcome) => {
      if (outcome.state === 'failed') failed.push(outcome.error);
    },
  });
  void invalidateAfterTaskChange(queryClient, { records: plan.records });
  if (failed.length > 0) {
    show({
      tone: 'danger',
      title: `Couldn't undo ${failed.length} of ${ids.length}`,
      description: `${explainError(failed[0])} Those keep the new value.`,
    });
  } else {
    show({ title: `Undone: ${ids.length} ${ids.length === 1 ? 'task is' : 'tasks are'} back` });
  }
}

export type BulkRun = {
  plan: BulkPlan;
  outcomes: ReadonlyMap<string, ItemOutcome>;
  running: boolean;
};

/**
 * One bulk action at a time: its progress item by item, "Retry failed" (the failed and the
 * never-started only), Cancel (no new write starts), and Undo of every task it changed, from
 * the toast that reports it.
 */
export function useBulkRun({ onDeleted }: { onDeleted: (ids: readonly string[]) => void }) {
  const backend = useBackend();
  const queryClient = useQueryClient();
  const { show } = useToast();
  const [run, setRun] = useState<BulkRun | null>(null);
  const abort = useRef<AbortController | null>(null);

  const execute = useCallback(
    async (plan: BulkPlan, ids: readonly string[], before: ReadonlyMap<string, ItemOutcome>) => {
      const outcomes = new Map(before);
      const controller = new AbortController();
      abort.current = controller;
      setRun({ plan, outcomes: new Map(outcomes), running: true });
      // A refetch landing mid-batch would show tasks as they were before their write.
      await queryClient.cancelQueries({ queryKey: taskQueries.all() });
      await runBatch(ids, plan.write, {
        signal: controller.signal,
        onOutcome: (id, outcome) => {
          outcomes.set(id, outcome);
          setRun({ plan, outcomes: new Map(outcomes), running: true });
        },
      });
      setRun({ plan, outcomes, running: false });
      abort.current = null;
      void invalidateAfterTaskChange(queryClient, { records: plan.records });

      const done = [...outcomes].filter(([, o]) => o.state === 'done').map(([id]) => id);
      if (plan.kind === 'delete') onDeleted(done);
      const counts = countOutcomes(outcomes);
      if (counts.done === 0) return;
      const undo = plan.undo;
      show({
        title: plan.did(counts.done),
        description:
          counts.failed + counts.cancelled > 0
            ? `${counts.failed + counts.cancelled} not changed: see the list to retry.`
            : undefined,
        action: undo
          ? {
              label: 'Undo',
              undo: true,
              onClick: () => void undoAll(plan, done, undo, queryClient, show),
            }
          : undefined,
      });
    },
    [queryClient, show, onDeleted],
  );

  const start = useCallback(
    (change: BulkChange, tasks: readonly Task[]): boolean => {
      if (abort.current || tasks.length === 0) return false;
      const plan = planBulk(change, tasks, backend, queryClient);
      void execute(plan, [...plan.tasks.keys()], new Map());
      return true;
    },
    [backend, queryClient, execute],
  );

  const retryFailed = useCallback(() => {
    if (!run || run.running) return;
    void execute(run.plan, retryable(run.outcomes), run.outcomes);
  }, [run, execute]);

  return {
    run,
    start,
    retryFailed,
    cancel: () => abort.current?.abort(),
    close: () => {
      if (!run?.running) setRun(null);
    },
  };
}
