import type { RefObject } from 'react';
import type { Task } from '@/domain/types';
import { isoToLocal, localToIso, parseLocalDate } from '@/lib/local-date';
import { useSaveWithUndo } from '../undo/use-save-with-undo';
import { DuePopover } from './due-popover';

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
  const save = useSaveWithUndo();
  return (
    <DuePopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement="bottom start"
      label={`Due date of ${title}`}
      heading="Due date"
      initial={isoToLocal(task.dueAt)}
      canSubmit={(draft) =>
        (draft.date === '' && draft.time === '') || parseLocalDate(draft.date, draft.time) !== null
      }
      submitLabel="Save"
      onCommit={(value) => {
        const dueAt = localToIso(value.date, value.time);
        const before = task.dueAt ? new Date(task.dueAt).toISOString() : null;
        if (dueAt !== before) save(task, { dueAt });
      }}
    />
  );
}
