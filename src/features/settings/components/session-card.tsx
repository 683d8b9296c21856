import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useBackendSettings, useSession } from '@/backends/backend-context';
import { paths } from '@/config/paths';
import { readSession, signOut } from '../session/session-api';
import { forgetEmbeddedKey } from '../settings-store';
import styles from './settings-page.module.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** This browser's session on the app's own server, and the way to end it. */
export function SessionCard() {
  const { settings, setSettings } = useBackendSettings();
  const { markSignedOut } = useSession();
  const navigate = useNavigate();
  const session = useQuery({
    queryKey: ['settings', 'session'],
    queryFn: readSession,
    staleTime: 0,
    retry: false,
  });
  const out = useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // A saved key would sign this browser straight back in.
      forgetEmbeddedKey();
      if (settings.apiKey !== '') setSettings({ ...settings, apiKey: '' });
      markSignedOut();
      void navigate(paths.home());
    },
  });

  const expiresAt = session.data?.expiresAt;
  return (
    <section aria-labelledby="session-heading" className={styles.card}>
      <h2 id="session-heading" className={styles.heading}>
        Session
      </h2>
      {session.isPending ? (
        <p role="status" className={styles.muted}>
          Checking the session…
        </p>
      ) : session.data?.signedIn ? (
        <p className={styles.muted}>
          This browser is signed in to this tasklink server
          {expiresAt ? ` until ${dateFormat.format(new Date(expiresAt))}` : ''}. Every tab opened
          here uses this session.
        </p>
      ) : (
        <p className={styles.muted}>
          {settings.apiKey !== ''
            ? 'This tab uses an API key saved in this browser, not a session.'
            : 'This browser is not signed in.'}
        </p>
      )}
      <button
        type="button"
        className={styles.secondary}
        onClick={() => out.mutate()}
        disabled={out.isPending}
      >
        {out.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {out.isError ? (
        <p role="alert" className={styles.failed}>
          {out.error.message}
        </p>
      ) : null}
    </section>
  );
}
