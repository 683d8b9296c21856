import { useSyncExternalStore } from 'react';
import type { AppToastQueue } from './toast-queue';
import styles from './toast.module.css';
import { UNDO_KEYS } from './undo-keys';

/**
 * The toasts without React Aria, for when the toast region's code could not be downloaded:
 * a message about a failed save must still reach the user.
 */
export function PlainToasts({ queue }: { queue: AppToastQueue }) {
  const toasts = useSyncExternalStore(
    (onChange) => queue.subscribe(onChange),
    () => queue.visibleToasts,
  );
  return (
    <section aria-label="Notifications" className={styles.viewport}>
      {toasts.map((toast) => (
        <div
          key={toast.key}
          role="alert"
          className={`${styles.toast} ${styles[toast.content.tone]}`}
        >
          <div className={styles.body}>
            <span className={styles.title}>{toast.content.title}</span>
            {toast.content.description ? (
              <span className={styles.description}>{toast.content.description}</span>
            ) : null}
          </div>
          {toast.content.action ? (
            <button
              type="button"
              className={styles.action}
              aria-keyshortcuts={toast.content.action.undo ? UNDO_KEYS : undefined}
              onClick={() => {
                toast.content.action?.onClick();
                queue.close(toast.key);
              }}
            >
              {toast.content.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className={styles.close}
            aria-label="Dismiss notification"
            onClick={() => queue.close(toast.key)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </section>
  );
}
