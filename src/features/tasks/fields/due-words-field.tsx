import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { formatDue } from '@/lib/format-due';
import { localToIso } from '@/lib/local-date';
import type { DueValue } from './due-value';
import { readDueWords } from './due-words';
import { loadDueParser, loadedDueParser } from './load-due-parser';
import styles from './due-date-control.module.css';

type Props = {
  /** The control's id; this field's ids are made from it. */
  id: string;
  now: Date;
  /** 0 Sunday … 6 Saturday: where "next week" starts. */
  weekStart: number;
  isDisabled: boolean;
  onApply: (value: DueValue) => void;
};

/**
 * "In words": a due date typed as one says it ("tomorrow 3pm", "fri"), shown as understood, in
 * the app's one date format, before Enter or Apply sets it. Text it cannot read stays as typed,
 * with a note saying so. The reader (chrono-node) is fetched when the field is first used.
 */
export function DueWordsField({ id, now, weekStart, isDisabled, onApply }: Props) {
  const [text, setText] = useState('');
  // Set only when the reader arrives while the user is typing: the render then reads it.
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  // Fetched as the field takes the focus, so the first word typed is usually read at once; not
  // on mount: most who open a task never type a date in words.
  const prefetch = () => void loadDueParser().catch(() => undefined);
  const chrono = loadedDueParser();
  const parser = chrono ? 'ready' : failed ? 'failed' : 'loading';

  const load = () => {
    setFailed(false);
    loadDueParser().then(
      () => live.current && setArrived((n) => n + 1),
      () => live.current && setFailed(true),
    );
  };
  const onChange = (next: string) => {
    setText(next);
    if (!loadedDueParser()) load();
  };

  const read = chrono ? readDueWords(chrono, text, now, weekStart) : null;
  const understood = read?.kind === 'date' ? read : null;
  const iso = understood ? localToIso(understood.value.date, understood.value.time) : null;
  const reads = iso ? formatDue(iso, null, now) : null;
  const typed = text.trim() !== '';
  const inputId = `${id}-words`;
  const noteId = `${id}-words-note`;

  const apply = () => {
    if (!understood) return;
    onApply(understood.value);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Plain Enter applies (and never sends the form around); Ctrl+Enter still does.
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    apply();
  };

  let note: ReactNode = null;
  if (typed && parser === 'loading') note = 'Reading…';
  else if (typed && parser === 'failed') {
    note = (
      <>
        The date reader could not be loaded; set the date in the fields above.{' '}
        <Button className={styles.clear} onPress={load}>
          Try again
        </Button>
      </>
    );
  } else if (read?.kind === 'unreadable') {
    note = (
      <span className={styles.unreadable}>
        Could not read “{text.trim()}” as a date. Try “tomorrow 3pm”, “fri” or “dec 12”.
      </span>
    );
  } else if (understood && reads) {
    note = (
      <>
        Understood{understood.matched !== text.trim() ? ` “${understood.matched}”` : ''} as{' '}
        <strong className={styles.understood}>{reads.label}</strong>
        <span className={styles.full}> ({reads.full})</span>
      </>
    );
  }

  return (
    <div className={styles.words}>
      <div className={styles.wordsRow}>
        <label htmlFor={inputId} className={styles.wordsLabel}>
          In words
        </label>
        <input
          id={inputId}
          type="text"
          className={`${styles.input} ${styles.wordsInput}`}
          value={text}
          placeholder="tomorrow 3pm, fri, in 3 days…"
          autoComplete="off"
          spellCheck={false}
          disabled={isDisabled}
          aria-describedby={noteId}
          aria-invalid={read?.kind === 'unreadable' ? true : undefined}
          onFocus={prefetch}
          onPointerEnter={prefetch}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {understood ? (
          <Button className={styles.apply} isDisabled={isDisabled} onPress={apply}>
            Apply
          </Button>
        ) : null}
      </div>
      <p id={noteId} className={styles.reads} aria-live="polite">
        {note}
      </p>
    </div>
  );
}
