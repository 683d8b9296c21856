import { taskTitle } from '@/domain/labels';
import { useRef, useState, type FormEvent } from 'react';
import { isSubmitChord } from '@/lib/shortcut-event';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import { Modal } from '@/components/ui/modal';
import { useToast } from '@/components/ui/toast/use-toast';
import { paths } from '@/config/paths';
import type { RecordSummary } from '@/domain/types';
import { draftContext } from '../draft-store';
import { isBusy, type LinkState } from '../link-machine';
import { parseTaskForm, type TaskFormErrors, type TaskFormValues } from '../task-form';
import { useCreateTaskWithLinks } from '../use-create-task-with-links';
import { useTaskDraft } from '../use-task-draft';
import { DiscardConfirm } from './discard-confirm';
import { LinkOutcome } from './link-outcome';
import { SubmitBar } from './submit-bar';
import { TaskFields } from './task-fields';
import styles from './new-task-dialog.module.css';

export type NewTaskDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Records the new task starts linked to (a record page, a selection in a list). */
  initialTargets?: RecordSummary[];
  /** After the task exists and the dialog closed (e.g. to clear a list's selection). */
  onCreated?: (taskId: string) => void;
  /** Fields to start with (the command palette: the board's assignee or due filter). */
  initialValues?: Partial<TaskFormValues>;
};

/** "New task": create a task, then link it to the chosen records, without losing work. */
export function NewTaskDialog({
  open,
  onOpenChange,
  initialTargets,
  onCreated,
  initialValues,
}: NewTaskDialogProps) {
  if (!open) return null;
  return (
    <NewTaskDialogContent
      initialTargets={initialTargets ?? []}
      initialValues={initialValues}
      onClose={() => onOpenChange(false)}
      onCreated={onCreated}
    />
  );
}

function NewTaskDialogContent({
  initialTargets,
  initialValues,
  onClose,
  onCreated,
}: {
  initialTargets: RecordSummary[];
  initialValues: Partial<TaskFormValues> | undefined;
  onClose: () => void;
  onCreated: ((taskId: string) => void) | undefined;
}) {
  const toast = useToast();
  const navigate = useNavigate();
  const flow = useCreateTaskWithLinks();
  const { state } = flow;
  const [context] = useState(() => draftContext(initialTargets));
  const draft = useTaskDraft(context, initialTargets, state, initialValues);
  const [errors, setErrors] = useState<TaskFormErrors>({});
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const busy = isBusy(state);
  const locked = busy || state.phase === 'links-failed';

  const finish = (final: LinkState, typed: string) => {
    if (final.phase !== 'done' || !final.taskId) return;
    const title = taskTitle({ title: typed });
    const taskId = final.taskId;
    const missing = final.links.filter((l) => l.status !== 'linked').length;
    draft.discard();
    onClose();
    onCreated?.(taskId);
    toast.show({
      title: 'Task created',
      description: missing > 0 ? `${title} (without ${missing} of its links)` : title,
      tone: 'success',
      action: { label: 'Open task', onClick: () => void navigate(paths.task(taskId)) },
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const parsed = parseTaskForm(draft.values);
    if (!parsed.ok) {
      // Rendered at once, so the focus can move to the first field that needs fixing.
      flushSync(() => setErrors(parsed.errors));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setErrors({});
    finish(await flow.submit(parsed.input, draft.targets, draft.ids), parsed.input.title);
  };

  const requestClose = () => {
    if (busy) {
      // Closing mid-run stops further links; the outcome then offers the ways on.
      flow.cancel();
      return;
    }
    if (state.phase === 'links-failed') {
      flow.keep();
      finish({ ...state, phase: 'done' }, draft.values.title.trim());
      return;
    }
    if (confirming) {
      // Escape on the question means "no, go back", never "discard".
      setConfirming(false);
      return;
    }
    if (draft.dirty) {
      setConfirming(true);
      return;
    }
    onClose();
  };

  const onChange = (patch: Partial<TaskFormValues>) => {
    draft.setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof TaskFormValues)[]) delete next[key];
      if (patch.dueTime !== undefined || patch.dueDate !== undefined) delete next.dueDate;
      return next;
    });
  };

  return (
    <Modal
      title="New task"
      size="lg"
      isDismissable={!confirming}
      onOpenChange={(isOpen) => {
        if (!isOpen) requestClose();
      }}
      close={{ label: busy ? 'Stop' : 'Close', onClick: requestClose }}
    >
      {confirming ? (
        <DiscardConfirm
          onKeepEditing={() => setConfirming(false)}
          onDiscard={() => {
            draft.discard();
            onClose();
          }}
        />
      ) : (
        // The key listener is a shortcut for the Create button, which stays the control to use.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
        <form
          ref={formRef}
          className={styles.form}
          onSubmit={onSubmit}
          // Cmd/Ctrl+Enter creates the task from any field, the description included.
          onKeyDown={(event) => {
            if (event.defaultPrevented || !isSubmitChord(event)) return;
            event.preventDefault();
            formRef.current?.requestSubmit();
          }}
          noValidate
        >
          {draft.restored && state.phase === 'idle' ? (
            <p className={styles.notice}>Restored your unsent draft.</p>
          ) : null}
          {state.phase === 'create-failed' ? (
            <div className={styles.alert} role="alert">
              <strong>The task could not be created.</strong> {state.error} Your input is kept; fix
              it or try again.
            </div>
          ) : null}

          <TaskFields
            values={draft.values}
            errors={errors}
            targets={draft.targets}
            onChange={onChange}
            onTargetsChange={draft.setTargets}
            isDisabled={locked}
          />

          {state.phase === 'links-failed' || (state.phase === 'deleting' && state.taskId) ? (
            <LinkOutcome
              state={state}
              onRetry={() =>
                void flow.retry().then((final) => finish(final, draft.values.title.trim()))
              }
              onKeep={requestClose}
              onDelete={() =>
                void flow.deleteTask().then((final) => {
                  if (final.phase !== 'deleted') return;
                  draft.discard();
                  onClose();
                  toast.show({
                    title: 'Task deleted',
                    description: taskTitle({ title: draft.values.title }),
                  });
                })
              }
            />
          ) : null}

          <SubmitBar state={state} onCancelRun={flow.cancel} onClose={requestClose} />
        </form>
      )}
    </Modal>
  );
}
