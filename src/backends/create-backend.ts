import type { Backend } from './backend';
import { withChangeFeed } from './changes/change-feed';
import { withOfflineQueue } from './offline/offline-backend';
import { queueStorageKey } from './offline/write-queue';
import { createDalilBackend } from './dalil/dalil-backend';
import { lazyBackend } from './lazy-backend';
import { PEOPLELOGIC_CAPABILITIES } from './peoplelogic/capabilities';
import { ROLODEX_CAPABILITIES } from './rolodex/capabilities';
import type { BackendSettings } from './settings';

// The one place that turns settings into a backend. The embedded server speaks the Dalil
// contract on the app's own origin, so both kinds share the Dalil adapter. Every backend notices
// when its server is away (one banner, recovery by itself); the Dalil contract's writes all
// carry client-made ids, so only there do writes made meanwhile wait in a queue.
export function createBackend(
  settings: BackendSettings,
  options: {
    fetch?: typeof fetch;
    /** Told when the app's own server refuses this browser's session or key. */
    onSessionRefused?: () => void;
    /** The `#key` hand-over in progress: writes left by an earlier visit wait for its cookie. */
    signIn?: Promise<unknown> | null;
  } = {},
): Backend {
  // Under the offline queue, so a queued write is told when the server takes it.
  const inner = withChangeFeed(
    createDirectBackend(settings, options.fetch, options.onSessionRefused),
  );
  const queueWrites = settings.kind === 'embedded' || settings.kind === 'dalil';
  const where =
    settings.kind === 'embedded' ? (globalThis.location?.origin ?? '') : settings.baseUrl;
  return withOfflineQueue(inner, {
    queueWrites,
    storageKey: queueStorageKey(settings.kind, where),
    sync: { startAfter: options.signIn },
  });
}

/** The backend for the settings' kind, without the offline layer. */
function createDirectBackend(
  settings: BackendSettings,
  fetchImpl?: typeof fetch,
  onSessionRefused?: () => void,
): Backend {
  switch (settings.kind) {
    case 'embedded':
      return createDalilBackend({
        kind: 'embedded',
        baseUrl: '',
        apiKey: settings.apiKey,
        fetch: fetchImpl,
        session: { onRefused: onSessionRefused ?? (() => undefined) },
      });
    case 'dalil':
      return createDalilBackend({
        kind: 'dalil',
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        fetch: fetchImpl,
      });
    // Their adapters load on the first request: few users have these APIs.
    case 'peoplelogic': {
      const { baseUrl, apiKey } = settings;
      return lazyBackend(
        'peoplelogic',
        PEOPLELOGIC_CAPABILITIES,
        () => import('./peoplelogic/peoplelogic-backend'),
        (module) => module.createPeoplelogicBackend({ baseUrl, apiKey, fetch: fetchImpl }),
      );
    }
    case 'rolodex': {
      const { baseUrl, apiKey } = settings;
      return lazyBackend(
        'rolodex',
        ROLODEX_CAPABILITIES,
        () => import('./rolodex/rolodex-backend'),
        (module) => module.createRolodexBackend({ baseUrl, apiKey, fetch: fetchImpl }),
      );
    }
  }
}
