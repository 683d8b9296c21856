import type { Backend } from './backend';
import { createBackend } from './create-backend';
import type { BackendSettings } from './settings';

/**
 * The app's backend for the settings it starts with, made once before React mounts (main.tsx):
 * the board's first pages (start-board-data.ts) and the screens share it, its offline layer and
 * its write queue. BackendSettingsProvider listens for its refusals once it has mounted.
 */
export type AppBackend = {
  settings: BackendSettings;
  backend: Backend;
  /** Calls `listener` when the app's own server refuses this browser; returns the unsubscribe. */
  onRefused: (listener: () => void) => () => void;
};

export function createAppBackend(
  settings: BackendSettings,
  /** The `#key` hand-over in progress, if any: writes left by an earlier visit wait for it. */
  signIn: Promise<unknown> | null = null,
): AppBackend {
  let listener: (() => void) | null = null;
  // A refusal that arrives before the provider listens (a first page answered before React
  // has committed) is handed over when it does.
  let missed = false;
  const backend = createBackend(settings, {
    signIn,
    onSessionRefused: () => {
      if (listener) listener();
      else missed = true;
    },
  });
  return {
    settings,
    backend,
    onRefused(next) {
      listener = next;
      if (missed) {
        missed = false;
        next();
      }
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}
