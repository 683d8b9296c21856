import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { signIn } from '../session/session-api';
import styles from './connect-screen.module.css';

/** The key itself, whether the user pasted it or the whole link `npm start` printed. */
export function keyFromPaste(text: string): string {
  const trimmed = text.trim();
  const fragment = /#(.*)$/.exec(trimmed)?.[1];
  if (fragment === undefined) return trimmed;
  return new URLSearchParams(fragment).get('key')?.trim() ?? '';
}

/**
 * The one screen shown when this browser is not signed in to the app's own server: where the
 * key comes from, and a field to paste it. Signing in keeps the address, so the page the user
 * asked for (a shared board view with its filters) opens right after.
 */
export function ConnectScreen({
  brand,
  initialError = null,
  onConnected,
}: {
  brand?: ReactNode;
  /** Why the key from the link did not work, if the page was opened with one. */
  initialError?: string | null;
  onConnected: () => void;
}) {
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(initialError);
  const connect = useMutation({ mutationFn: signIn });
  const origin = window.location.origin;

  useEffect(() => {
    const previous = document.title;
    document.title = 'Connect · tasklink';
    return () => {
      document.title = previous;
    };
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const key = keyFromPaste(value);
    if (key === '') {
      setError('Paste the key first: the part after #key= in the link npm start printed.');
      input.current?.focus();
      return;
    }
    const result = await connect.mutateAsync(key);
    if (result.ok) {
      onConnected();
      return;
    }
    setError(result.message);
    input.current?.focus();
  }

  return (
    <main className={styles.page} aria-labelledby={`${ids}-title`}>
      <div className={styles.card}>
        {brand ? <div className={styles.brand}>{brand}</div> : null}
        <h1 id={`${ids}-title`} className={styles.title}>
          Connect to tasklink
        </h1>
        <p className={styles.text}>
          This browser is not signed in to the tasklink server at {origin}. Connect once and every
          tab of this browser is signed in.
        </p>
        <h2 className={styles.heading}>Where is the key?</h2>
        <p className={styles.text}>
          In the terminal where you ran <code>npm start</code>, tasklink printed one line:
        </p>
        <pre className={styles.sample}>
          <code>tasklink ready: {origin}/#key=…</code>
        </pre>
        <p className={styles.text}>
          Open that link in this browser, or paste the key (or the whole link) below. If the server
          was started with <code>TASKLINK_API_KEY</code>, use that key.
        </p>
        <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate>
          <label htmlFor={`${ids}-key`} className={styles.label}>
            API key
          </label>
          <input
            ref={input}
            id={`${ids}-key`}
            className={styles.input}
            type="password"
            autoComplete="off"
            spellCheck={false}
            // The screen exists to take this one value.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${ids}-hint${error ? ` ${ids}-error` : ''}`}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
          <p id={`${ids}-hint`} className={styles.hint}>
            The key is sent once and not kept in this browser. You stay signed in for 30 days, or
            until you sign out in Settings.
          </p>
          {error ? (
            <p id={`${ids}-error`} role="alert" className={styles.error}>
              {error}
            </p>
          ) : null}
          <div className={styles.actions}>
            <Button type="submit" variant="primary" disabled={connect.isPending}>
              {connect.isPending ? 'Connecting…' : 'Connect'}
            </Button>
          </div>
        </form>
        <p className={styles.aside}>
          Using a Dalil workspace instead? <Link to={paths.settings()}>Open Settings</Link>
        </p>
      </div>
    </main>
  );
}
