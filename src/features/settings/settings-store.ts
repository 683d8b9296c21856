import { z } from '@/lib/schema';
import type { BackendKind } from '@/backends/backend';
import type { BackendSettings } from '@/backends/settings';
import { startHandOver } from './session/hand-over';

// Backend settings live here and nowhere else. The non-secret part (kind, base URL, whether to
// remember) is kept in localStorage; the API key is kept per kind in sessionStorage, or in
// localStorage when the user ticked "Remember on this device". A key never goes into a URL.
// The embedded backend normally needs no stored key: it signs the browser in with a cookie.

export const DALIL_DEFAULT_URL = 'https://app.usedalil.ai';

const SETTINGS_KEY = 'tasklink.backend';
const keyStorageName = (kind: BackendKind) => `tasklink.apiKey.${kind}`;

const storedSettingsSchema = z.object({
  kind: z.enum(['embedded', 'dalil', 'peoplelogic', 'rolodex']),
  baseUrl: z.string(),
  remember: z.boolean(),
});

/** The Dalil URL a build may set with VITE_BACKEND_URL; only a URL, never a key. */
export function defaultDalilUrl(): string {
  const fromBuild: unknown = import.meta.env.VITE_BACKEND_URL;
  return typeof fromBuild === 'string' && fromBuild.trim() !== ''
    ? fromBuild.trim()
    : DALIL_DEFAULT_URL;
}

// Storage can throw (privacy modes, quotas); settings then simply do not persist.
function read(storage: Storage, name: string): string | null {
  try {
    return storage.getItem(name);
  } catch {
    return null;
  }
}
function write(storage: Storage, name: string, value: string | null): void {
  try {
    if (value === null) storage.removeItem(name);
    else storage.setItem(name, value);
  } catch {
    // Nothing to do: the settings still apply for this page's lifetime.
  }
}

/** The address a kind starts with before the user types one: Dalil's own, else none. */
export function defaultBaseUrl(kind: BackendKind): string {
  return kind === 'dalil' ? defaultDalilUrl() : '';
}

/** The key saved for a kind: this tab's session first, then a remembered one. */
export function loadApiKey(kind: BackendKind): string {
  return (
    read(sessionStorage, keyStorageName(kind)) ?? read(localStorage, keyStorageName(kind)) ?? ''
  );
}

export function loadSettings(): BackendSettings {
  const raw = read(localStorage, SETTINGS_KEY);
  let stored: z.infer<typeof storedSettingsSchema> | null = null;
  if (raw) {
    try {
      const parsed = storedSettingsSchema.safeParse(JSON.parse(raw));
      stored = parsed.success ? parsed.data : null;
    } catch {
      stored = null;
    }
  }
  const kind = stored?.kind ?? 'embedded';
  return {
    kind,
    baseUrl: kind === 'embedded' ? '' : stored?.baseUrl || defaultBaseUrl(kind),
    apiKey: loadApiKey(kind),
    remember: stored?.remember ?? false,
  };
}

export function saveSettings(settings: BackendSettings): void {
  const baseUrl = settings.kind === 'embedded' ? '' : settings.baseUrl.trim();
  write(
    localStorage,
    SETTINGS_KEY,
    JSON.stringify({ kind: settings.kind, baseUrl, remember: settings.remember }),
  );
  const name = keyStorageName(settings.kind);
  const key = settings.apiKey === '' ? null : settings.apiKey;
  // The key lives in exactly one place, so unticking "remember" really forgets it.
  write(settings.remember ? localStorage : sessionStorage, name, key);
  write(settings.remember ? sessionStorage : localStorage, name, null);
}

/**
 * Trades `#key=<key>` (the link `npm start` prints) for a session cookie on the app's own
 * server (session/hand-over.ts) and removes it from the address bar, keeping the path, the
 * query and any other fragment parameters. The key is not stored anywhere: the HttpOnly cookie
 * signs in every tab. Call once, before the first render.
 */
/** The embedded backend signs in by session cookie; a key kept from before goes. */
export function forgetEmbeddedKey(): void {
  const name = keyStorageName('embedded');
  write(sessionStorage, name, null);
  write(localStorage, name, null);
}

export function consumeKeyFragment(): void {
  const hash = window.location.hash.replace(/^#/, '');
  if (hash === '') return;
  const params = new URLSearchParams(hash);
  const key = params.get('key');
  if (key === null) return;
  params.delete('key');
  if (key !== '') {
    startHandOver(key);
    // A key saved by an earlier version would be sent instead of the cookie, and may be stale.
    forgetEmbeddedKey();
  }
  const rest = params.toString();
  const { pathname, search } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${rest ? `#${rest}` : ''}`,
  );
}
