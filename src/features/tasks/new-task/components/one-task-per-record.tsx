import { useId, useState, type FormEvent } from 'react';
import { useBackend } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import { Modal, ModalActions } from '@/components/ui/modal';
import { TITLE_MAX } from '@/domain/labels';
import { revealBidiControls } from '@/domain/reveal-bidi';
import type { RecordSummary } from '@/domain/types';
import { describeError } from '@/lib/describe-error';
import { parseLocalDate } from '@/lib/local-date';
import { useCreateTaskOnTarget } from '../../api/task-on-target';
import styles from '../../capability-screens.module.css';

// "New task" where one task cannot hang on every chosen record (a backend that puts a task on
// one record, fixed when it is made): the same task is made once per record, and the dialog
// says so before anything is sent. Each record's outcome is shown; a failed one can be retried
// without making the others twice.

type Outcome = { state: 'pending' | 'done' | 'failed'; message?: string };

export function OneTaskPerRecordButton({
  records,
  label,
  variant = 'primary',
  size = 'md',
  onCreated,
}: {
  records: readonly RecordSummary[];
  label: string;
  variant?: 'primary' | 'secondary';
  size?: 'sm' | 'md';
  onCreated?: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {label}
      </Button>
      {open ? (
        <OneTaskPerRecordDialog
          records={records}
          onClose={() => setOpen(false)}
          onCreated={onCreated}
        />
      ) : null}
    </>
  );
}

function OneTaskPerRecordDialog({
  records,
  onClose,
  onCreated,
}: {
  records: readonly RecordSummary[];
  onClose: () => void;
  onCreated?: () => void;
}) {
  const { capabilities } = useBackend();
  const ids = useId();
  const create = useCreateTaskOnTarget();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [running, setRunning] = useState(false);
  const several = records.length > 1;
  const limit = capabilities.maxTargetsPerTask;

  async function run(which: readonly RecordSummary[]) {
    setRunning(true);
    for (const record of which) {
      setOutcomes((o) => ({ ...o, [record.id]: { state: 'pending' } }));
      try {
        await create.mutateAsync({
          title: title.trim(),
          bodyMarkdown: null,
          dueDate: dueDate === '' ? null : dueDate,
          target: { kind: record.kind, id: record.id },
        });
        setOutcomes((o) => ({ ...o, [record.id]: { state: 'done' } }));
      } catch (failure) {
        const { title: what, detail } = describeError(failure);
        setOutcomes((o) => ({
          ...o,
          [record.id]: { state: 'failed', message: detail ? `${what}: ${detail}` : what },
        }));
      }
    }
    setRunning(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setError('Give the task a title.');
    if (title.length > TITLE_MAX) return setError(`Keep the title under ${TITLE_MAX} characters.`);
    if (dueDate !== '' && parseLocalDate(dueDate) === null) return setError('Pick a real date.');
    setError(null);
    void run(records);
  }

  const failed = records.filter((r) => outcomes[r.id]?.state === 'failed');
  const started = Object.keys(outcomes).length > 0;
  const allDone = records.every((r) => outcomes[r.id]?.state === 'done');

  return (
    <Modal
      title={several ? `New task for each of ${records.length} records` : 'New task'}
      size="lg"
      onOpenChange={(isOpen) => {
        if (!isOpen && !running) onClose();
      }}
      isDismissable={!running}
    >
      <form className={styles.form} onSubmit={submit} noValidate aria-label="New task">
        {several ? (
          <p className={styles.note}>
            {limit === 1 || !capabilities.canLinkAfterCreate
              ? 'This backend puts a task on one record only, '
              : `This backend puts a task on at most ${limit} records, `}
            so one task per record will be made: {records.length} tasks with the same title.
          </p>
        ) : null}
        <div className={styles.field}>
          <label htmlFor={`${ids}-title`}>Title</label>
          <input
            id={`${ids}-title`}
            type="text"
            value={title}
            disabled={started}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${ids}-due`}>Due date</label>
          <input
            id={`${ids}-due`}
            type="date"
            value={dueDate}
            disabled={started}
            onChange={(e) => setDueDate(e.target.value)}
          />
        </div>
        {error ? (
          <p id={`${ids}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
        <ul className={styles.list} aria-label="Records">
          {records.map((record) => {
            const outcome = outcomes[record.id];
            return (
              <li key={`${record.kind}:${record.id}`} className={styles.item}>
                <span className={styles.itemTitle}>{revealBidiControls(record.name)}</span>
                <span className={outcome?.state === 'failed' ? styles.error : styles.muted}>
                  {outcome === undefined
                    ? 'Not made yet'
                    : outcome.state === 'pending'
                      ? 'Making…'
                      : outcome.state === 'done'
                        ? 'Task made'
                        : `Failed: ${outcome.message ?? ''}`}
                </span>
              </li>
            );
          })}
        </ul>
        <ModalActions>
          {allDone ? (
            <Button
              variant="primary"
              onClick={() => {
                onCreated?.();
                onClose();
              }}
            >
              Done
            </Button>
          ) : (
            <>
              <Button variant="ghost" disabled={running} onClick={onClose}>
                {started ? 'Close' : 'Cancel'}
              </Button>
              {failed.length > 0 && !running ? (
                <Button variant="primary" onClick={() => void run(failed)}>
                  Retry {failed.length === 1 ? 'the failed one' : `the ${failed.length} failed`}
                </Button>
              ) : started ? null : (
                <Button type="submit" variant="primary">
                  {several ? `Make ${records.length} tasks` : 'Make task'}
                </Button>
              )}
            </>
          )}
        </ModalActions>
        <p role="status" className={styles.muted}>
          {started
            ? `${records.filter((r) => outcomes[r.id]?.state === 'done').length} of ${records.length} made`
            : ''}
        </p>
      </form>
    </Modal>
  );
}
