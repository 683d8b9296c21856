import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Backend } from '@/backends/backend';
import { createBackend } from '@/backends/create-backend';
import { loadSettings, saveSettings, type BackendSettings } from './settings-store';

// Which backend the app talks to, for the whole tree. Must sit inside QueryClientProvider:
// switching backend clears the query cache, so no screen shows one backend's data as another's.

type BackendSettingsValue = {
  settings: BackendSettings;
  setSettings: (next: BackendSettings) => void;
  backend: Backend;
};

const BackendSettingsContext = createContext<BackendSettingsValue | null>(null);

const sameBackend = (a: BackendSettings, b: BackendSettings) =>
  a.kind === b.kind && a.baseUrl === b.baseUrl && a.apiKey === b.apiKey;

export function BackendSettingsProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: BackendSettings;
}) {
  const queryClient = useQueryClient();
  const [settings, setState] = useState<BackendSettings>(() => initial ?? loadSettings());

  const setSettings = useCallback(
    (next: BackendSettings) => {
      saveSettings(next);
      if (!sameBackend(settings, next)) queryClient.clear();
      setState(next);
    },
    [queryClient, settings],
  );

  const backend = useMemo(() => createBackend(settings), [settings]);
  const value = useMemo(
    () => ({ settings, setSettings, backend }),
    [settings, setSettings, backend],
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
