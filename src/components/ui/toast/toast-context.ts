import { createContext } from 'react';

export type ToastTone = 'neutral' | 'success' | 'danger';

export type ToastOptions = {
  title: string;
  description?: string;
  /**
   * One follow-up, e.g. Undo. Clicking it also closes the toast. `undo`: Ctrl/Cmd+Z runs it
   * while the toast shows (the newest such toast first).
   */
  action?: { label: string; onClick: () => void; undo?: boolean };
  tone?: ToastTone;
  /** Milliseconds on screen; longer by default when there is an action to reach. */
  duration?: number;
};

export type ToastApi = {
  /** Shows a toast and returns its id. */
  show: (options: ToastOptions) => string;
  dismiss: (id: string) => void;
};

export const ToastContext = createContext<ToastApi | null>(null);
