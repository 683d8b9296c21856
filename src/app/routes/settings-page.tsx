import { useBackendSettings } from '@/backends/backend-context';
import { BackendForm } from '@/features/settings/components/backend-form';
import { ConnectionStatus } from '@/features/settings/components/connection-status';
import { SessionCard } from '@/features/settings/components/session-card';
import styles from '@/features/settings/components/settings-page.module.css';

export function SettingsPage() {
  const { settings } = useBackendSettings();
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <ConnectionStatus />
      {settings.kind === 'embedded' ? <SessionCard /> : null}
      <BackendForm />
    </div>
  );
}
