import { useId, useState } from 'react';
import { isoToLocal, localToIso, parseLocalDate } from '@/lib/local-date';
import { DueDateControl } from '../../fields/due-date-control';
import type { DueValue } from '../../fields/due-value';
import styles from './task-editor.module.css';

/** A date worth saving: a real day, not a year still being typed (see parseLocalDate). */
const isCompleteDate = (date: string) => parseLocalDate(date) !== null;

/**
 * The editor's due date, saved as it changes: a quick pick or Clear at once, a typed date once
 * it is a whole date (a typed year is saved at its fourth digit, not at each one), a typed
 * time once it is whole; an emptied field is saved when the focus leaves the control.
 */
export function DueField({
  dueAt,
  onSave,
}: {
  dueAt: string | null;
  onSave: (dueAt: string | null) => void;
}) {
  const id = useId();
  const saved = isoToLocal(dueAt);
  // What the inputs hold while being typed in; null shows the saved value.
  const [draft, setDraft] = useState<DueValue | null>(null);

  const save = (next: DueValue) => {
    const nextDueAt = localToIso(next.date, next.time);
    if (nextDueAt !== (dueAt ? new Date(dueAt).toISOString() : null)) onSave(nextDueAt);
  };

  return (
    <>
      <label htmlFor={id} id={`${id}-label`} className={styles.propertyLabel}>
        Due
      </label>
      <div className={styles.propertyValue}>
        <DueDateControl
          id={id}
          labelledBy={`${id}-label`}
          value={draft ?? saved}
          timeNeedsDate
          onChange={(next, source) => {
            if (source === 'pick') {
              setDraft(null);
              save(next);
              return;
            }
            setDraft(next);
            // A time input reads '' while half typed: an emptied time waits for the focus to leave.
            const timeSettled = next.time !== '' || saved.time === '';
            if (isCompleteDate(next.date) && timeSettled) save(next);
          }}
          onLeave={() => {
            if (draft === null) return;
            if (draft.date === '' || isCompleteDate(draft.date)) save(draft);
            setDraft(null);
          }}
        />
      </div>
    </>
  );
}
