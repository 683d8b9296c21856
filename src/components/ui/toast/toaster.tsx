import { Button, Text } from 'react-aria-components';
import {
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components/Toast';
import type { AppToastQueue } from './toast-queue';
import styles from './toast.module.css';
import { UNDO_KEYS } from './undo-keys';

/**
 * The visible stack of toasts, bottom right (bottom, full width, on a phone). F6 reaches the
 * region from anywhere; each toast is announced when it appears.
 */
export function Toaster({ queue }: { queue: AppToastQueue }) {
  return (
    <ToastRegion queue={queue} aria-label="Notifications" className={styles.viewport}>
      {({ toast }) => (
        <Toast toast={toast} className={`${styles.toast} ${styles[toast.content.tone]}`}>
          <ToastContent className={styles.body}>
            <Text slot="title" className={styles.title}>
              {toast.content.title}
            </Text>
            {toast.content.description ? (
              <Text slot="description" className={styles.description}>
                {toast.content.description}
              </Text>
            ) : null}
          </ToastContent>
          {toast.content.action ? (
            <Button
              className={styles.action}
              aria-keyshortcuts={toast.content.action.undo ? UNDO_KEYS : undefined}
              onPress={() => {
                toast.content.action?.onClick();
                queue.close(toast.key);
              }}
            >
              {toast.content.action.label}
            </Button>
          ) : null}
          <Button slot="close" className={styles.close} aria-label="Dismiss notification">
            <span aria-hidden="true">×</span>
          </Button>
        </Toast>
      )}
    </ToastRegion>
  );
}
