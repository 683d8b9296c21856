import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components/Toast';
import type { ToastOptions, ToastTone } from './toast-context';

export type ToastContent = Omit<ToastOptions, 'duration' | 'tone'> & { tone: ToastTone };

const MAX_VISIBLE = 4;

/**
 * The app's toasts, in React Aria's queue: it runs the timers, pauses them while a toast is
 * hovered or focused, and hands the focus on when one closes. Only this small class is in the
 * first load; the region that shows the toasts loads with the first one (toaster.tsx).
 */
export function createToastQueue() {
  return new ToastQueue<ToastContent>({ maxVisibleToasts: MAX_VISIBLE });
}

export type AppToastQueue = ReturnType<typeof createToastQueue>;
