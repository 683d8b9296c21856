import { useEffect, useState } from 'react';
import type { RecordSummary } from '@/domain/types';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import type { LinkState } from './link-machine';
import { targetKey } from './run-link-workflow';
import { emptyTaskForm, isBlankForm, type TaskFormValues } from './task-form';

const sameTargets = (a: readonly RecordSummary[], b: readonly RecordSummary[]) =>
  a.length === b.length && a.every((t, i) => b[i] && targetKey(t) === targetKey(b[i]));

/**
 * The dialog's inputs, started from the saved draft of this context when there is one, and
 * saved back on every change while they hold something worth keeping.
 */
export function useTaskDraft(
  context: string,
  initialTargets: readonly RecordSummary[],
  run: LinkState,
  /** Fields the form starts with (the board's filters, from the command palette); a saved draft
   *  wins, and the form counts as blank while it holds only these. */
  initialValues: Partial<TaskFormValues> = {},
) {
  const [restored] = useState(() => loadDraft(context));
  const [start] = useState<TaskFormValues>(() => ({ ...emptyTaskForm, ...initialValues }));
  const [values, setValues] = useState<TaskFormValues>(restored?.values ?? start);
  const [targets, setTargets] = useState<RecordSummary[]>(
    () => restored?.targets ?? [...initialTargets],
  );
  const dirty =
    (!isBlankForm(values) && JSON.stringify(values) !== JSON.stringify(start)) ||
    !sameTargets(targets, initialTargets);

  const taskId = run.taskId ?? restored?.taskId ?? null;
  const relationIds: Record<string, string> = { ...restored?.relationIds };
  for (const link of run.links) relationIds[targetKey(link.target)] = link.relationId;
  const idsKey = JSON.stringify(relationIds);
  const finished = run.phase === 'done' || run.phase === 'deleted';

  useEffect(() => {
    if (finished) return;
    if (dirty || taskId) {
      saveDraft(context, { values, targets, taskId, relationIds: JSON.parse(idsKey) });
    } else {
      clearDraft(context);
    }
  }, [context, values, targets, taskId, idsKey, dirty, finished]);

  return {
    values,
    setValues,
    targets,
    setTargets,
    dirty,
    restored: restored !== null,
    /** Ids of an interrupted earlier run, re-sent so the server never makes copies. */
    ids: { taskId: restored?.taskId ?? null, relationIds: restored?.relationIds ?? {} },
    discard: () => clearDraft(context),
  };
}
