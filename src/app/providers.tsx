import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast/toast-provider';
import type { AppBackend } from '@/backends/app-backend';
import { BackendSettingsProvider } from '@/backends/backend-context';
import type { BackendSettings } from '@/backends/settings';
import { loadSettings, saveSettings } from '@/features/settings/settings-store';
import { handOverInProgress } from '@/features/settings/session/hand-over';

/**
 * Everything a page needs around it. The settings provider sits inside the QueryClient so that
 * switching backend can clear the cache. Tests use this same tree (src/testing/test-utils.tsx).
 */
export function AppProviders({
  children,
  queryClient,
  settings,
  backend,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  /** Starting backend settings; the app loads them from storage when absent. */
  settings?: BackendSettings;
  /** The backend already made for the starting settings (main.tsx); made here when absent. */
  backend?: AppBackend;
}) {
  const start = backend?.settings ?? settings;
  return (
    <QueryClientProvider client={queryClient}>
      <BackendSettingsProvider
        load={start ? () => start : loadSettings}
        initial={backend}
        save={saveSettings}
        signingIn={handOverInProgress}
      >
        <ToastProvider>{children}</ToastProvider>
      </BackendSettingsProvider>
    </QueryClientProvider>
  );
}
