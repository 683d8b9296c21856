import type { ConnectionReport } from '@/backends/backend';
import styles from './settings-page.module.css';

const HEADLINE: Record<Exclude<ConnectionReport, { ok: true }>['reason'], string> = {
  unauthorized: 'Wrong API key',
  'not-found': 'Not found',
  unreachable: 'Unreachable',
  'bad-format': 'Unexpected answer',
  'server-error': 'Server error',
};

/** A connection verdict: a polite status when it worked, an alert when it did not. */
export function ConnectionResult({ report }: { report: ConnectionReport }) {
  if (report.ok) {
    return (
      <p role="status" className={styles.ok}>
        <span aria-hidden="true">● </span>
        {report.summary}
      </p>
    );
  }
  return (
    <div role="alert" className={styles.failed}>
      <strong>{HEADLINE[report.reason]}.</strong> {report.message}
    </div>
  );
}
