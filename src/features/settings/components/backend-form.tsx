import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { BackendKind } from '@/backends/backend';
import { createBackend } from '@/backends/create-backend';
import { useBackendSettings, useSession } from '@/backends/backend-context';
import { maskKey } from '../mask-key';
import type { BackendSettings } from '@/backends/settings';
import { BACKEND_KINDS, kindInfo } from '../backend-kinds';
import { signIn } from '../session/session-api';
import { defaultBaseUrl, forgetEmbeddedKey, loadApiKey } from '../settings-store';
import { validateSettings, type SettingsErrors } from '../validate-settings';
import { ConnectionResult } from './connection-result';
import styles from './settings-page.module.css';

type Draft = { kind: BackendKind; baseUrl: string; newKey: string; remember: boolean };

/** Change the backend: test what was typed before saving it; saving switches the whole app. */
export function BackendForm() {
  const { settings, setSettings } = useBackendSettings();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: settings.kind,
    baseUrl: kindInfo(settings.kind).needsUrl ? settings.baseUrl : defaultBaseUrl('dalil'),
    newKey: '',
    remember: settings.remember,
  }));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState(false);
  const test = useMutation({
    mutationFn: (candidate: BackendSettings) => createBackend(candidate).testConnection(),
  });
  const { markSignedIn } = useSession();
  // The embedded backend keeps no key: a key typed for it signs this browser in instead.
  const sessionSignIn = useMutation({ mutationFn: signIn });
  const signsIn = draft.kind === 'embedded' && draft.newKey.trim() !== '';

  const info = kindInfo(draft.kind);
  const savedKey = draft.kind === settings.kind ? settings.apiKey : loadApiKey(draft.kind);
  const candidate: BackendSettings = {
    kind: draft.kind,
    baseUrl: info.needsUrl ? draft.baseUrl.trim() : '',
    apiKey: draft.newKey.trim() || savedKey,
    remember: draft.remember,
  };

  function change(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
    setSaved(false);
    test.reset();
  }

  function chooseKind(kind: BackendKind) {
    const keepUrl = kind === settings.kind && kindInfo(kind).needsUrl;
    change({ kind, newKey: '', baseUrl: keepUrl ? settings.baseUrl : defaultBaseUrl(kind) });
  }

  function validated(): boolean {
    const found = validateSettings(candidate);
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  function onTest() {
    setSaved(false);
    if (validated()) test.mutate(candidate);
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    if (!validated()) return;
    if (signsIn) {
      const result = await sessionSignIn.mutateAsync(draft.newKey);
      if (!result.ok) {
        setErrors({ apiKey: result.message });
        return;
      }
      forgetEmbeddedKey();
      setSettings({ ...candidate, apiKey: '', remember: false });
      markSignedIn();
    } else {
      setSettings(candidate);
    }
    setDraft((d) => ({ ...d, newKey: '' }));
    setSaved(true);
  }

  const field = (name: keyof SettingsErrors) => ({
    id: `${ids}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${ids}-${name}-hint${errors[name] ? ` ${ids}-${name}-error` : ''}`,
  });

  return (
    <form
      className={styles.card}
      onSubmit={(e) => void onSave(e)}
      noValidate
      aria-labelledby={`${ids}-title`}
    >
      <h2 id={`${ids}-title`} className={styles.heading}>
        Change backend
      </h2>
      <fieldset className={styles.fieldset}>
        <legend>Backend</legend>
        {BACKEND_KINDS.map((k) => (
          <label key={k.kind} className={styles.choice}>
            <input
              type="radio"
              name="kind"
              value={k.kind}
              checked={draft.kind === k.kind}
              onChange={() => chooseKind(k.kind)}
            />
            {k.label}
          </label>
        ))}
      </fieldset>

      {info.needsUrl && (
        <div className={styles.field}>
          <label htmlFor={`${ids}-baseUrl`}>Base URL</label>
          <input
            {...field('baseUrl')}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={draft.baseUrl}
            onChange={(e) => change({ baseUrl: e.target.value })}
          />
          <p id={`${ids}-baseUrl-hint`} className={styles.hint}>
            {info.urlHint} This app’s own server ({window.location.origin}) speaks this API too.{' '}
            <button
              type="button"
              className={styles.inlineButton}
              onClick={() => change({ baseUrl: window.location.origin })}
            >
              Use this app’s address
            </button>
          </p>
          {errors.baseUrl && (
            <p id={`${ids}-baseUrl-error`} className={styles.error}>
              {errors.baseUrl}
            </p>
          )}
        </div>
      )}

      <div className={styles.field}>
        <label htmlFor={`${ids}-apiKey`}>API key</label>
        <input
          {...field('apiKey')}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft.newKey}
          // Words, not dots: a masked key in the box looked like a typed value.
          placeholder={savedKey ? 'Type a new key to replace the saved one' : ''}
          onChange={(e) => change({ newKey: e.target.value })}
        />
        <p id={`${ids}-apiKey-hint`} className={styles.hint}>
          {savedKey
            ? `Saved key ${maskKey(savedKey)}. Leave blank to keep it.`
            : !info.needsUrl
              ? 'Normally taken from the link that npm start prints. A key entered here signs this browser in (every tab) and is not stored.'
              : 'No key saved yet.'}
        </p>
        {errors.apiKey && (
          <p id={`${ids}-apiKey-error`} className={styles.error}>
            {errors.apiKey}
          </p>
        )}
      </div>

      {info.needsUrl && (
        <>
          <label className={styles.choice}>
            <input
              type="checkbox"
              checked={draft.remember}
              aria-describedby={`${ids}-remember-hint`}
              onChange={(e) => change({ remember: e.target.checked })}
            />
            Remember on this device
          </label>
          <p id={`${ids}-remember-hint`} className={styles.hint}>
            Otherwise the key is forgotten when this tab is closed.
          </p>
        </>
      )}

      <div className={styles.actions}>
        <button
          type="button"
          className={styles.secondary}
          onClick={onTest}
          disabled={test.isPending}
        >
          {test.isPending ? 'Testing…' : 'Test connection'}
        </button>
        <button type="submit" className={styles.primary} disabled={sessionSignIn.isPending}>
          {sessionSignIn.isPending ? 'Signing in…' : 'Save'}
        </button>
      </div>
      {test.isPending && (
        <p role="status" className={styles.muted}>
          Testing the connection…
        </p>
      )}
      {test.data && <ConnectionResult report={test.data} />}
      {test.isError && (
        <p role="alert" className={styles.failed}>
          The connection test failed: {test.error.message}
        </p>
      )}
      {saved && (
        <p role="status" className={styles.ok}>
          Saved. The app now uses{' '}
          {info.needsUrl ? info.describe(candidate.baseUrl) : 'the embedded backend'}.
        </p>
      )}
    </form>
  );
}
