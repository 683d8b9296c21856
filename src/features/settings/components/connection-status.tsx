import { useQuery } from '@tanstack/react-query';
import { useBackend, useBackendSettings } from '@/backends/backend-context';
import { kindInfo } from '../backend-kinds';
import { settingsQueries } from '../queries';
import { ConnectionResult } from './connection-result';
import styles from './settings-page.module.css';

/** Which backend is in use and whether it answers right now. */
export function ConnectionStatus() {
  const { settings } = useBackendSettings();
  const backend = useBackend();
  const connection = useQuery(settingsQueries.connection(backend, settings));

  return (
    <section aria-labelledby="current-backend-heading" className={styles.card}>
      <h2 id="current-backend-heading" className={styles.heading}>
        Backend in use
      </h2>
      <p className={styles.muted}>{kindInfo(settings.kind).describe(settings.baseUrl)}</p>
      {connection.isPending ? (
        <p role="status" className={styles.muted}>
          Checking the connection…
        </p>
      ) : connection.isError ? (
        <p role="alert" className={styles.failed}>
          The connection test failed: {connection.error.message}
        </p>
      ) : (
        <ConnectionResult report={connection.data} />
      )}
      <button
        type="button"
        className={styles.secondary}
        onClick={() => void connection.refetch()}
        disabled={connection.isFetching}
      >
        {connection.isFetching ? 'Checking…' : 'Check again'}
      </button>
    </section>
  );
}
