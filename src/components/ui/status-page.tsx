import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { buttonClass, type ButtonVariant } from './button';
import styles from './status-page.module.css';

/**
 * A whole page that says why there is nothing to show (404, a route that failed) and where to
 * go instead. The one layout for every "not found" and route error screen.
 */
export function StatusPage({
  code,
  title,
  text,
  children,
  back,
  backTone = 'primary',
}: {
  code?: string;
  title: string;
  /** One or two sentences under the title. */
  text?: ReactNode;
  /** Anything more (an error with Retry). */
  children?: ReactNode;
  back: { to: string; label: string };
  backTone?: ButtonVariant;
}) {
  const titleId = useId();
  return (
    <section className={styles.page} aria-labelledby={titleId}>
      {code ? <p className={styles.code}>{code}</p> : null}
      <h1 id={titleId} className={styles.title}>
        {title}
      </h1>
      {text ? <p className={styles.text}>{text}</p> : null}
      {children}
      <div className={styles.actions}>
        <Link to={back.to} className={buttonClass(backTone)}>
          {back.label}
        </Link>
      </div>
    </section>
  );
}
