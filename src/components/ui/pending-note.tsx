import styles from './pending-note.module.css';

/** A quiet "Loading…" while a part's code arrives, announced politely. */
export function PendingNote({ children = 'Loading…' }: { children?: string }) {
  return (
    <span role="status" className={styles.pending}>
      {children}
    </span>
  );
}
