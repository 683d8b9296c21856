import { useState } from 'react';
import styles from './task-editor.module.css';
import { TITLE_MAX, UNTITLED_TASK } from '@/domain/labels';
import { hasBidiControls, revealBidiControls, stripBidiControls } from '@/domain/reveal-bidi';

/**
 * The title, edited in place: Enter or leaving the field saves it, Escape puts it back (a
 * second Escape then closes the panel).
 */
export function TitleField({ title, onSave }: { title: string; onSave: (title: string) => void }) {
  // What is being typed; null while not editing, so a change saved elsewhere shows through.
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft !== null && draft.trim() !== title) onSave(draft.trim());
    setDraft(null);
  };

  const shown = draft ?? title;
  return (
    <>
      <input
        aria-label="Title"
        className={styles.title}
        value={draft ?? title}
        placeholder={UNTITLED_TASK}
        maxLength={TITLE_MAX}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && draft !== null && draft !== title) {
            event.stopPropagation();
            setDraft(null);
          }
        }}
      />
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
              onSave(stripBidiControls(shown).trim());
            }}
          >
            Remove them
          </button>
        </p>
      ) : null}
    </>
  );
}
