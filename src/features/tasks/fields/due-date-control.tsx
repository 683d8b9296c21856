import { useMemo, type FocusEvent } from 'react';
import { Button, Group, ToggleButton } from 'react-aria-components';
import { formatDue } from '@/lib/format-due';
import { localToIso } from '@/lib/local-date';
import { weekStartDay } from '@/lib/week-start';
import { quickPicks } from './due-quick-picks';
import { isPastDue, type DueValue } from './due-value';
import { DueWordsField } from './due-words-field';
import styles from './due-date-control.module.css';

/** How a change came: typed into an input (may be half done), or a quick pick or Clear. */
export type DueChangeSource = 'input' | 'pick';

type Props = {
  /** The date input's id, for a visible `<label htmlFor>`. */
  id: string;
  /** The visible label naming the whole control. */
  labelledBy?: string;
  value: DueValue;
  onChange: (next: DueValue, source: DueChangeSource) => void;
  /** The focus left the control (not moved within it). */
  onLeave?: () => void;
  error?: string;
  isDisabled?: boolean;
  /** The time stays disabled until there is a date (the editor saves whole due dates only). */
  timeNeedsDate?: boolean;
  /** The first quick pick takes the focus as the control shows (a card's `d` popover). */
  autoFocusPick?: boolean;
  /** "Today", "Tomorrow": computed once, so a picker open across midnight stays consistent. */
  now?: Date;
  /** Where "next week" starts, 0 Sunday … 6 Saturday; the locale's by default. */
  weekStart?: number;
};

/**
 * The one due-date control, in the New task dialog, the task editor and a card's `d` popover:
 * a date, an optional time, a date in words ("tomorrow 3pm"), quick picks, Clear, and how the
 * choice reads in the app's one date format, saying so when the date is in the past (allowed: tasks are logged after the fact).
 */
export function DueDateControl({
  id,
  labelledBy,
  value,
  onChange,
  onLeave,
  error,
  isDisabled = false,
  timeNeedsDate = false,
  autoFocusPick = false,
  now: givenNow,
  weekStart: givenWeekStart,
}: Props) {
  const now = useMemo(() => givenNow ?? new Date(), [givenNow]);
  const weekStart = useMemo(() => givenWeekStart ?? weekStartDay(), [givenWeekStart]);
  const picks = useMemo(() => quickPicks(now, weekStart), [now, weekStart]);
  const iso = localToIso(value.date, value.time);
  const reads = iso ? formatDue(iso, null, now) : null;
  const past = isPastDue(value, now);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, reads ? hintId : null].filter(Boolean).join(' ');

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    onLeave?.();
  };

  return (
    // A plain wrapper: it only listens for the focus leaving the control as a whole.
    <div className={styles.control} onBlur={onBlur}>
      <Group aria-labelledby={labelledBy} isDisabled={isDisabled} className={styles.inputs}>
        <input
          id={id}
          type="date"
          aria-label="Due date"
          className={styles.input}
          value={value.date}
          disabled={isDisabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange({ ...value, date: event.target.value }, 'input')}
        />
        <input
          type="time"
          aria-label="Due time (optional)"
          className={`${styles.input} ${styles.time}`}
          value={value.time}
          disabled={isDisabled || (timeNeedsDate && value.date === '')}
          onChange={(event) => onChange({ ...value, time: event.target.value }, 'input')}
        />
        {value.date || value.time ? (
          <Button
            className={styles.clear}
            aria-label="Clear due date"
            isDisabled={isDisabled}
            onPress={() => onChange({ date: '', time: '' }, 'pick')}
          >
            Clear
          </Button>
        ) : null}
      </Group>
      <DueWordsField
        id={id}
        now={now}
        weekStart={weekStart}
        isDisabled={isDisabled}
        // A date in words says a day and maybe a time: both replace what was there.
        onApply={(next) => onChange(next, 'pick')}
      />
      <Group aria-label="Quick picks" isDisabled={isDisabled} className={styles.picks}>
        {picks.map((pick, index) => (
          <ToggleButton
            key={pick.label}
            // Opened from the keyboard to pick a day, the control starts on its picks.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus={autoFocusPick && index === 0}
            className={styles.pick}
            isSelected={value.date === pick.date}
            isDisabled={isDisabled}
            // A pick sets the day and keeps a time already chosen.
            onChange={() => onChange({ ...value, date: pick.date }, 'pick')}
          >
            {pick.label}
          </ToggleButton>
        ))}
      </Group>
      {reads ? (
        <p id={hintId} className={styles.reads} aria-live="polite">
          {reads.label}
          {past ? ' · ' : null}
          {past ? <span className={styles.past}>This date is in the past</span> : null}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
