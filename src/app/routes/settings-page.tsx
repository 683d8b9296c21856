import { BackendForm } from '@/features/settings/components/backend-form';
import { ConnectionStatus } from '@/features/settings/components/connection-status';
import styles from '@/features/settings/components/settings-page.module.css';

export function SettingsPage() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <ConnectionStatus />
      <BackendForm />
    </div>
  );
}
