import type { ReactNode } from 'react';
import styles from './visually-hidden.module.css';

/** The class itself, for an element that keeps its own tag and role (a heading, a live region). */
export const visuallyHiddenClass = styles.hidden;

/** Text for screen readers only (a count's unit, a control's full name). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={visuallyHiddenClass}>{children}</span>;
}
