import * as RadixToast from '@radix-ui/react-toast';
import type { ToastOptions, ToastTone } from './toast-context';
import styles from './toast.module.css';

export type ToastItem = ToastOptions & { id: string; tone: ToastTone; duration: number };

/** The visible stack of toasts, bottom right (bottom, full width, on a phone). */
export function Toaster({
  toasts,
  onClose,
}: {
  toasts: readonly ToastItem[];
  onClose: (id: string) => void;
}) {
  return (
    <>
      {toasts.map((toast) => (
        <RadixToast.Root
          key={toast.id}
          duration={toast.duration}
          // Failures interrupt a screen reader; confirmations wait their turn.
          type={toast.tone === 'danger' ? 'foreground' : 'background'}
          className={`${styles.toast} ${styles[toast.tone]}`}
          onOpenChange={(open) => {
            if (!open) onClose(toast.id);
          }}
        >
          <div className={styles.body}>
            <RadixToast.Title className={styles.title}>{toast.title}</RadixToast.Title>
            {toast.description ? (
              <RadixToast.Description className={styles.description}>
                {toast.description}
              </RadixToast.Description>
            ) : null}
          </div>
          {toast.action ? (
            <RadixToast.Action
              altText={toast.action.label}
              className={styles.action}
              onClick={toast.action.onClick}
            >
              {toast.action.label}
            </RadixToast.Action>
          ) : null}
          <RadixToast.Close className={styles.close} aria-label="Dismiss notification">
            <span aria-hidden="true">×</span>
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className={styles.viewport} />
    </>
  );
}
