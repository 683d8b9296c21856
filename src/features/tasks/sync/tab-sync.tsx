import { useRemoteRefresh } from './use-remote-refresh';
import { useTabSync } from './use-tab-sync';

/** Keeps the shown task data in step with other tabs and with the server; renders nothing. */
export function TabSync() {
  useTabSync();
  useRemoteRefresh();
  return null;
}
