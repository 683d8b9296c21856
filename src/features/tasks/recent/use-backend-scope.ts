import { useBackendSettings } from '@/backends/backend-context';

/** Which backend local lists belong to: its kind and address, never its key. */
export function useBackendScope() {
  const { settings } = useBackendSettings();
  return { kind: settings.kind, baseUrl: settings.baseUrl };
}
