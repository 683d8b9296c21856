import { useCallback, useSyncExternalStore } from 'react';
import { z } from '@/lib/schema';
import { useBackendSettings } from '@/backends/backend-context';
import type { BackendSettings } from '@/backends/settings';

// Who the user is among the workspace's members, picked once and remembered per backend (its
// kind and address, never its key) in this browser's local settings, next to the backend
// settings (features/settings/settings-store.ts). "My tasks" and the Mine filter follow it.

export type Me = { id: string; name: string };
type Scope = Pick<BackendSettings, 'kind' | 'baseUrl'>;

const meSchema = z.object({ id: z.string().check(z.minLength(1)), name: z.string() });
const storageName = (scope: Scope) => `tasklink.me.${scope.kind}.${scope.baseUrl}`;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab picking someone else is seen here too.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readRaw(scope: Scope): string | null {
  try {
    return localStorage.getItem(storageName(scope));
  } catch {
    return null;
  }
}

/** The member remembered for this backend, or null; anything unreadable counts as none. */
export function loadMe(scope: Scope): Me | null {
  const raw = readRaw(scope);
  if (!raw) return null;
  try {
    const parsed = meSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveMe(scope: Scope, me: Me | null): void {
  try {
    if (me === null) localStorage.removeItem(storageName(scope));
    else localStorage.setItem(storageName(scope), JSON.stringify(me));
  } catch {
    // Storage blocked or full: the choice holds until the page is left.
  }
  notify();
}

/** Who the user is on the current backend, and a way to change it (null: forget). */
export function useMe(): { me: Me | null; setMe: (me: Me | null) => void } {
  const { settings } = useBackendSettings();
  const scope = { kind: settings.kind, baseUrl: settings.baseUrl };
  // The raw string is the snapshot: it keeps its identity until the stored value changes.
  const raw = useSyncExternalStore(subscribe, () => readRaw(scope));
  const me = raw === null ? null : loadMe(scope);
  const { kind, baseUrl } = settings;
  const setMe = useCallback((next: Me | null) => saveMe({ kind, baseUrl }, next), [kind, baseUrl]);
  return { me, setMe };
}
