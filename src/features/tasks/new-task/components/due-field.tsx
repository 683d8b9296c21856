import { useMemo } from 'react';
import { quickPicks } from '../task-form';
import styles from './new-task-dialog.module.css';

/** A native date input, an optional time, and the usual shortcuts. */
export function DueField({
  id,
  date,
  time,
  error,
  onChange,
  isDisabled,
}: {
  id: string;
  date: string;
  time: string;
  error: string | undefined;
  onChange: (next: { dueDate?: string; dueTime?: string }) => void;
  isDisabled: boolean;
}) {
  const picks = useMemo(() => quickPicks(new Date()), []);
  const errorId = `${id}-error`;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.label}>Due</legend>
      <div className={styles.dueInputs}>
        <input
          id={id}
          type="date"
          aria-label="Due date"
          className={styles.input}
          value={date}
          disabled={isDisabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange({ dueDate: event.target.value })}
        />
        <input
          type="time"
          aria-label="Due time (optional)"
          className={styles.input}
          value={time}
          disabled={isDisabled}
          onChange={(event) => onChange({ dueTime: event.target.value })}
        />
        {date || time ? (
          <button
            type="button"
            className={styles.linkButton}
            disabled={isDisabled}
            onClick={() => onChange({ dueDate: '', dueTime: '' })}
          >
            Clear
          </button>
        ) : null}
      </div>
      <div className={styles.quickPicks} role="group" aria-label="Quick picks">
        {picks.map((pick) => (
          <button
            key={pick.label}
            type="button"
            className={styles.quickPick}
            aria-pressed={date === pick.date}
            disabled={isDisabled}
            onClick={() => onChange({ dueDate: pick.date })}
          >
            {pick.label}
          </button>
        ))}
      </div>
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
