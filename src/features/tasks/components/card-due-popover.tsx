import { useId, useState, type RefObject } from 'react';
import { Button, Dialog, Heading } from 'react-aria-components';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import type { Task } from '@/domain/types';
import { isoToLocal, localToIso, parseLocalDate } from '@/lib/local-date';
import { DueDateControl } from '../fields/due-date-control';
import type { DueValue } from '../fields/due-value';
import { useSaveWithUndo } from '../undo/use-save-with-undo';
import styles from './card-controls.module.css';

/**
 * The due-date control over a card: a quick pick or Clear saves and closes; a typed date is
 * saved with Enter or Save. Escape or a click outside closes without saving.
 */
export function CardDuePopover({
  triggerRef,
  task,
  title,
  onClose,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>;
  task: Task;
  title: string;
  onClose: () => void;
}) {
  const id = useId();
  const save = useSaveWithUndo();
  const [draft, setDraft] = useState<DueValue>(() => isoToLocal(task.dueAt));
  const typedIsWhole =
    (draft.date === '' && draft.time === '') || parseLocalDate(draft.date, draft.time) !== null;

  const commit = (value: DueValue) => {
    const dueAt = localToIso(value.date, value.time);
    const before = task.dueAt ? new Date(task.dueAt).toISOString() : null;
    if (dueAt !== before) save(task, { dueAt });
    onClose();
  };

  return (
    <AnchoredPopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement="bottom start"
      className={styles.popover}
    >
      <Dialog aria-label={`Due date of ${title}`} className={styles.dialog}>
        <Heading slot="title" className={styles.heading} id={`${id}-label`}>
          Due date
        </Heading>
        <form
          className={styles.dialog}
          onSubmit={(event) => {
            event.preventDefault();
            if (typedIsWhole) commit(draft);
          }}
        >
          <DueDateControl
            id={id}
            labelledBy={`${id}-label`}
            value={draft}
            autoFocusPick
            onChange={(next, source) => {
              if (source === 'pick') commit(next);
              else setDraft(next);
            }}
          />
          <div className={styles.actions}>
            <Button type="submit" className={styles.trigger} isDisabled={!typedIsWhole}>
              Save
            </Button>
          </div>
        </form>
      </Dialog>
    </AnchoredPopover>
  );
}
