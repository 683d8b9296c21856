import type { ReactNode } from 'react';
import styles from './visually-hidden.module.css';

/** Text for screen readers only (a count's unit, a control's full name). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.hidden}>{children}</span>;
}
