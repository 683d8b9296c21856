import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { AppBackend } from './app-backend';
import type { Backend } from './backend';
import { createBackend } from './create-backend';
import type { BackendSettings } from './settings';

// Which backend the app talks to, for the whole tree. Must sit inside QueryClientProvider:
// switching backend clears the query cache, so no screen shows one backend's data as another's.
// Where settings are stored is the settings feature's business: the app passes load and save in.

type BackendSettingsValue = {
  settings: BackendSettings;
  setSettings: (next: BackendSettings) => void;
  backend: Backend;
  session: SessionValue;
};

/** Whether the app's own server (embedded kind) has refused this browser's session or key. */
export type SessionValue = {
  refused: boolean;
  /** Signed in again: whatever failed while signed out is read afresh. */
  markSignedIn: () => void;
  markSignedOut: () => void;
};

const BackendSettingsContext = createContext<BackendSettingsValue | null>(null);

const sameBackend = (a: BackendSettings, b: BackendSettings) =>
  a.kind === b.kind && a.baseUrl === b.baseUrl && a.apiKey === b.apiKey;

export function BackendSettingsProvider({
  children,
  load,
  save,
  signingIn,
  initial,
}: {
  children: ReactNode;
  /** The backend made for the starting settings (main.tsx), used while they stay the same. */
  initial?: AppBackend;
  /** Read once, on mount. */
  load: () => BackendSettings;
  save: (settings: BackendSettings) => void;
  /**
   * The sign-in in progress when the backend is made (the `#key` hand-over), if any: nothing
   * queued by an earlier visit is sent before it is done, so nothing goes with a stale cookie.
   */
  signingIn?: () => Promise<unknown> | null;
}) {
  const queryClient = useQueryClient();
  const [settings, setState] = useState<BackendSettings>(load);
  const [refused, setRefused] = useState(false);
  const refusedRef = useRef(refused);
  useEffect(() => {
    refusedRef.current = refused;
  }, [refused]);

  const setSettings = useCallback(
    (next: BackendSettings) => {
      save(next);
      if (!sameBackend(settings, next)) queryClient.clear();
      setState(next);
    },
    [queryClient, settings, save],
  );

  const onRefused = useCallback(() => setRefused(true), []);
  useEffect(() => initial?.onRefused(onRefused), [initial, onRefused]);
  const backend = useMemo(
    () =>
      initial && sameBackend(settings, initial.settings)
        ? initial.backend
        : createBackend(settings, { onSessionRefused: onRefused, signIn: signingIn?.() }),
    [settings, initial, onRefused, signingIn],
  );
  const markSignedIn = useCallback(() => {
    // Only answers read while refused are dropped: a first load's hand-over has the board's first
    // pages already on their way with the new cookie (start-board-data.ts).
    if (refusedRef.current) queryClient.clear();
    setRefused(false);
  }, [queryClient]);
  const markSignedOut = useCallback(() => {
    queryClient.clear();
    setRefused(true);
  }, [queryClient]);
  const session = useMemo<SessionValue>(
    () => ({ refused, markSignedIn, markSignedOut }),
    [refused, markSignedIn, markSignedOut],
  );
  const value = useMemo(
    () => ({ settings, setSettings, backend, session }),
    [settings, setSettings, backend, session],
  );

  return (
    <BackendSettingsContext.Provider value={value}>{children}</BackendSettingsContext.Provider>
  );
}

function useBackendSettingsContext(): BackendSettingsValue {
  const value = useContext(BackendSettingsContext);
  if (!value) throw new Error('useBackendSettings must be used inside BackendSettingsProvider.');
  return value;
}

export function useBackendSettings(): Pick<BackendSettingsValue, 'settings' | 'setSettings'> {
  const { settings, setSettings } = useBackendSettingsContext();
  return { settings, setSettings };
}

/** The backend for the current settings; the same object until the settings change. */
export function useBackend(): Backend {
  return useBackendSettingsContext().backend;
}

/** The session of the app's own server: refused or not, and how to change that. */
export function useSession(): SessionValue {
  return useBackendSettingsContext().session;
}
