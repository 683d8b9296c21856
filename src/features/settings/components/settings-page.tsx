import { BackendForm } from './backend-form';
import { ConnectionStatus } from './connection-status';
import styles from './settings-page.module.css';

export function SettingsPage() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <ConnectionStatus />
      <BackendForm />
    </div>
  );
}
