import { useBackendSettings } from '@/backends/backend-context';
import { BackendForm } from '@/features/settings/components/backend-form';
import { ConnectionStatus } from '@/features/settings/components/connection-status';
import { SessionCard } from '@/features/settings/components/session-card';
import styles from '@/features/settings/components/settings-page.module.css';
import { useBackend } from '@/backends/backend-context';
import { offersMyTasks } from '@/features/tasks/capability-views';
import { MePicker } from '@/features/tasks/list/me-picker';

export function SettingsPage() {
  const { settings } = useBackendSettings();
  const { capabilities } = useBackend();
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <ConnectionStatus />
      {settings.kind === 'embedded' ? <SessionCard /> : null}
      <BackendForm />
      {offersMyTasks(capabilities) ? (
        <section className={styles.card} aria-labelledby="settings-me">
          <h2 id="settings-me" className={styles.heading}>
            You
          </h2>
          <p className={styles.muted}>
            Who you are among this workspace&rsquo;s members, for My tasks and the Mine filter.
            Remembered in this browser for this backend.
          </p>
          <MePicker label="You are" />
        </section>
      ) : null}
    </div>
  );
}
