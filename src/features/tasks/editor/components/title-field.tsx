import { useId, useLayoutEffect, useRef, useState } from 'react';
import styles from './task-editor.module.css';
import { TITLE_MAX, UNTITLED_TASK } from '@/domain/labels';
import { titleProblem } from '@/domain/title-rule';
import { hasBidiControls, revealBidiControls, stripBidiControls } from '@/domain/reveal-bidi';

/**
 * The title, edited in place in a box that grows with it: Enter or leaving the field saves it,
 * Escape puts it back (a second Escape then closes the panel). A title is one line, so Enter
 * never adds a line break and a pasted one becomes a space. A blank title is never saved (the
 * New task dialog's rule): Enter keeps the field open with the dialog's message, and leaving
 * puts the previous title back with the message still shown.
 */
export function TitleField({ title, onSave }: { title: string; onSave: (title: string) => void }) {
  // What is being typed; null while not editing, so a change saved elsewhere shows through.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const shown = draft ?? title;

  // Grows (and shrinks) to its text, so a long title is read whole while it is edited.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [shown]);

  const commit = (leaving: boolean) => {
    if (draft === null) return;
    const found = titleProblem(draft);
    if (found) {
      setProblem(found);
      if (leaving) setDraft(null);
      return;
    }
    if (draft.trim() !== title) onSave(draft.trim());
    setDraft(null);
  };

  return (
    <>
      <textarea
        ref={box}
        aria-label="Title"
        className={styles.title}
        value={shown}
        rows={1}
        placeholder={UNTITLED_TASK}
        maxLength={TITLE_MAX}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value.replace(/[\r\n]+/g, ' '));
          setProblem(null);
        }}
        onBlur={() => commit(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(false);
          } else if (event.key === 'Escape' && draft !== null && draft !== title) {
            event.stopPropagation();
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <p id={errorId} className={styles.titleError}>
          {draft === null ? `${problem} The title was kept.` : problem}
        </p>
      ) : null}
      {/* An input cannot show a bidi control without changing the text, so the field says
          what it holds beside it, as every other screen shows it, and offers to drop them. */}
      {hasBidiControls(shown) ? (
        <p className={styles.bidiWarning} role="note">
          This title holds hidden direction characters. It reads:{' '}
          <span className={styles.bidiRevealed}>{revealBidiControls(shown)}</span>{' '}
          <button
            type="button"
            className={styles.bidiRemove}
            onClick={() => {
              setDraft(null);
              const stripped = stripBidiControls(shown).trim();
              if (titleProblem(stripped)) setProblem(titleProblem(stripped));
              else onSave(stripped);
            }}
          >
            Remove them
          </button>
        </p>
      ) : null}
    </>
  );
}
