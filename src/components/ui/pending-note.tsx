import styles from './pending-note.module.css';

/** A quiet "Loading…" while a part's code arrives, announced politely. */
export function PendingNote({
  children = 'Loading…',
  floating = false,
}: {
  children?: string;
  /** Over the page, top right, for a part that opens over everything (a panel). */
  floating?: boolean;
}) {
  return (
    <span
      role="status"
      className={floating ? `${styles.pending} ${styles.floating}` : styles.pending}
    >
      {children}
    </span>
  );
}
