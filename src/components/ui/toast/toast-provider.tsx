import * as RadixToast from '@radix-ui/react-toast';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastApi, type ToastOptions } from './toast-context';
import { Toaster, type ToastItem } from './toaster';

const MAX_VISIBLE = 4;
const DEFAULT_DURATION = 5000;
// Long enough to read the message, find the button and press it.
const DEFAULT_DURATION_WITH_ACTION = 10000;

/** Holds the toasts in React state (no global store) and renders them with Radix Toast. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: string) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback((options: ToastOptions) => {
    nextId.current += 1;
    const id = `toast-${nextId.current}`;
    const duration =
      options.duration ?? (options.action ? DEFAULT_DURATION_WITH_ACTION : DEFAULT_DURATION);
    setToasts((current) =>
      [...current, { ...options, id, tone: options.tone ?? 'neutral', duration }].slice(
        -MAX_VISIBLE,
      ),
    );
    return id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      <RadixToast.Provider label="Notification" swipeDirection="right">
        {children}
        <Toaster toasts={toasts} onClose={dismiss} />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
