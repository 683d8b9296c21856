import type { BackendKind } from '@/backends/backend';
import { useBackend, useBackendSettings } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import styles from './offline-banner.module.css';
import { useOfflineRecovery } from './use-offline-recovery';

function serverName(kind: BackendKind, baseUrl: string): string {
  if (kind === 'embedded') return 'the tasklink server';
  let host = baseUrl;
  try {
    host = new URL(baseUrl).host;
  } catch {
    // Settings refuse a bad URL; show what is stored if one slips through.
  }
  if (kind === 'dalil') return `Dalil (${host})`;
  if (kind === 'peoplelogic') return `Peoplelogic (${host})`;
  return `Rolodex (${host})`;
}

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;

/**
 * The one app-level sign that the server is away: what is on screen may be out of date, the
 * app is retrying by itself, and what the user changed meanwhile is waiting, not lost.
 */
export function OfflineBanner() {
  const backend = useBackend();
  const { settings } = useBackendSettings();
  const { status, pending } = useOfflineRecovery(backend);
  const name = serverName(settings.kind, settings.baseUrl);
  const retry = () => backend.offline?.retryNow();

  let message: string | null = null;
  let detail: string | null = null;
  if (status === 'offline') {
    message = `Can't reach ${name} — retrying…`;
    detail =
      pending > 0
        ? `${changes(pending)} waiting; ${pending === 1 ? 'it' : 'they'} will be sent when the server is back.`
        : 'What you see may be out of date.';
  } else if (status === 'syncing') {
    message = `Back online — sending ${changes(pending)}…`;
  } else if (pending > 0) {
    message = `${changes(pending)} waiting`;
    detail = `${name} did not take ${pending === 1 ? 'it' : 'them'} yet; retrying…`;
  }

  return (
    <div className={message ? styles.banner : styles.hidden} data-status={status}>
      <p role="status" className={styles.text}>
        {message ? <strong>{message}</strong> : null}
        {detail ? <span className={styles.detail}> {detail}</span> : null}
      </p>
      {message && status !== 'syncing' ? (
        <Button size="sm" variant="secondary" onClick={retry}>
          Retry now
        </Button>
      ) : null}
    </div>
  );
}
