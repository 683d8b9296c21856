import { useId, useState } from 'react';
import iconButton from '@/components/ui/icon-button.module.css';
import type { TaskStatus } from '@/domain/types';
import { formatDue } from '@/lib/format-due';
import { isoToLocal, localToIso, parseLocalDate } from '@/lib/local-date';
import styles from './task-editor.module.css';

/**
 * The due date and an optional time. A date is saved once it is a whole date (a typed year
 * is saved at its fourth digit, not at each one); emptying a field is saved on leaving it.
 */
/** A date worth saving: a real day, not a year still being typed (see parseLocalDate). */
const isCompleteDate = (date: string) => parseLocalDate(date) !== null;

export function DueField({
  dueAt,
  status,
  onSave,
}: {
  dueAt: string | null;
  status: TaskStatus | null;
  onSave: (dueAt: string | null) => void;
}) {
  const dateId = useId();
  const parts = isoToLocal(dueAt);
  // What the inputs hold while being edited; null shows the saved value.
  const [date, setDate] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const due = dueAt ? formatDue(dueAt, status) : null;

  const save = (next: { date: string; time: string }) => {
    const nextDueAt = localToIso(next.date, next.time);
    if (nextDueAt !== (dueAt ? new Date(dueAt).toISOString() : null)) onSave(nextDueAt);
  };

  return (
    <>
      <label htmlFor={dateId} className={styles.propertyLabel}>
        Due
      </label>
      <div className={styles.propertyValue}>
        <div className={styles.due}>
          <input
            id={dateId}
            type="date"
            className={styles.control}
            value={date ?? parts.date}
            onChange={(event) => {
              const value = event.target.value;
              setDate(value);
              if (isCompleteDate(value)) save({ date: value, time: parts.time });
            }}
            onBlur={() => {
              if (date === null) return;
              if (date === '' || isCompleteDate(date)) save({ date, time: parts.time });
              setDate(null);
            }}
          />
          <input
            type="time"
            aria-label="Due time"
            className={styles.control}
            value={time ?? parts.time}
            disabled={parts.date === ''}
            onChange={(event) => {
              const value = event.target.value;
              setTime(value);
              if (value !== '') save({ date: parts.date, time: value });
            }}
            onBlur={() => {
              if (time === '') save({ date: parts.date, time: '' });
              setTime(null);
            }}
          />
          {dueAt ? (
            <button
              type="button"
              className={iconButton.iconButton}
              aria-label="Clear due date"
              onClick={() => onSave(null)}
            >
              <span aria-hidden="true">×</span>
            </button>
          ) : null}
        </div>
        {due ? <p className={due.overdue ? styles.overdue : styles.hint}>{due.text}</p> : null}
      </div>
    </>
  );
}
