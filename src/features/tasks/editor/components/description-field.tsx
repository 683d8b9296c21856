import { useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { lazyComponent } from '@/lib/lazy-component';
import styles from './task-editor.module.css';

// The markdown pipeline (react-markdown, micromark, mdast/hast) is the editor's heaviest part
// and only a task with a description needs it: it loads when one is shown, and the text shows
// as it is written until then.
const markdownView = lazyComponent(
  () => import('./markdown-view'),
  (module) => module.MarkdownView,
);

/**
 * The description: rendered markdown, and a plain textarea to edit it. Leaving the field,
 * Escape, or Ctrl/Cmd+Enter saves; a long text is never thrown away by a key press.
 */
export function DescriptionField({
  taskId,
  markdown,
  onSave,
  headingLevel,
}: {
  taskId: string;
  markdown: string | null;
  onSave: (markdown: string | null) => void;
  headingLevel: 2 | 3;
}) {
  const headingId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const Heading = `h${headingLevel}` as const;
  const text = markdown ?? '';

  // Set while the textarea is open: leaving it can report twice (a key that closes it, then
  // the blur of its removal), and the second must not save again.
  const open = useRef(false);

  const start = () => {
    open.current = true;
    setDraft(text);
  };

  const commit = (returnFocus = false) => {
    if (draft === null || !open.current) return;
    open.current = false;
    const next = draft.trim() === '' ? null : draft;
    if ((next ?? '') !== text) onSave(next);
    setDraft(null);
    refocus.current = returnFocus;
  };

  // Closed from the keyboard: focus goes back to the button that opened it, not to the page.
  useEffect(() => {
    if (!refocus.current || draft !== null) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [draft]);

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <div className={styles.sectionHeader}>
        <Heading id={headingId} className={styles.sectionHeading}>
          Description
        </Heading>
        {draft === null ? (
          <button
            ref={editButton}
            type="button"
            className={buttonClass('ghost', 'sm')}
            onClick={start}
          >
            {text.trim() === '' ? 'Add description' : 'Edit description'}
          </button>
        ) : null}
      </div>
      {draft !== null ? (
        <>
          <textarea
            aria-label="Description"
            aria-describedby={hintId}
            className={styles.description}
            value={draft}
            rows={Math.min(16, Math.max(6, draft.split('\n').length + 1))}
            // Opened by a click on "Edit description": the next keystroke belongs here.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => commit()}
            onKeyDown={(event) => {
              const submit = event.key === 'Enter' && (event.metaKey || event.ctrlKey);
              if (event.key === 'Escape' || submit) {
                event.preventDefault();
                event.stopPropagation();
                commit(true);
              }
            }}
          />
          <p id={hintId} className={styles.hint}>
            Markdown. Saved when you leave the field (or press Esc).
          </p>
        </>
      ) : text.trim() === '' ? (
        <p className={styles.muted}>No description.</p>
      ) : (
        <ChunkBoundary
          title="Could not show the description"
          compact
          fallback={
            <p className={styles.plainText} aria-busy="true">
              {text}
            </p>
          }
        >
          <markdownView.Component markdown={text} baseLevel={headingLevel} imagesKey={taskId} />
        </ChunkBoundary>
      )}
    </section>
  );
}
