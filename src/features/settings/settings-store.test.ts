import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/msw-server';
import { finishHandOver, handOverInProgress } from './session/hand-over';
import {
  consumeKeyFragment,
  DALIL_DEFAULT_URL,
  defaultDalilUrl,
  loadSettings,
  saveSettings,
} from './settings-store';

const KEY = 'sk_embedded_0123456789';

afterEach(() => {
  window.history.replaceState(null, '', '/');
  vi.unstubAllEnvs();
});

describe('consumeKeyFragment', () => {
  let handedOver: { authorization: string | null; csrf: string | null }[];
  beforeEach(() => {
    handedOver = [];
    server.use(
      http.post(`${window.location.origin}/auth/session`, ({ request }) => {
        handedOver.push({
          authorization: request.headers.get('authorization'),
          csrf: request.headers.get('x-tasklink-csrf'),
        });
        return HttpResponse.json({ data: { signedIn: true } }, { status: 201 });
      }),
    );
  });

  it('trades #key= for a session and takes it out of the address bar, storing it nowhere', async () => {
    window.history.replaceState(null, '', `/tasks?status=TODO#key=${KEY}`);
    consumeKeyFragment();
    expect(window.location.pathname + window.location.search).toBe('/tasks?status=TODO');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(KEY);
    const handOver = handOverInProgress();
    expect(await handOver).toEqual({ ok: true });
    expect(handedOver).toEqual([{ authorization: `Bearer ${KEY}`, csrf: '1' }]);
    expect(loadSettings()).toEqual({ kind: 'embedded', baseUrl: '', apiKey: '', remember: false });
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(KEY);
    if (handOver) finishHandOver(handOver);
  });

  it('keeps other fragment parameters', async () => {
    window.history.replaceState(null, '', `/#key=${KEY}&tab=2`);
    consumeKeyFragment();
    expect(window.location.hash).toBe('#tab=2');
    const handOver = handOverInProgress();
    await handOver;
    if (handOver) finishHandOver(handOver);
  });

  it('leaves a URL without a key alone', () => {
    window.history.replaceState(null, '', '/people#section');
    consumeKeyFragment();
    expect(window.location.hash).toBe('#section');
    expect(handOverInProgress()).toBeNull();
    expect(handedOver).toEqual([]);
  });

  it('forgets an embedded key saved by an earlier version, so the cookie is what signs in', async () => {
    saveSettings({ kind: 'embedded', baseUrl: '', apiKey: 'old-key-1234', remember: true });
    sessionStorage.setItem('tasklink.apiKey.embedded', 'older-key-5678');
    window.history.replaceState(null, '', `/#key=${KEY}`);
    consumeKeyFragment();
    expect(loadSettings().apiKey).toBe('');
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toMatch(/old-key|older-key/);
    const handOver = handOverInProgress();
    await handOver;
    if (handOver) finishHandOver(handOver);
  });
});

describe('loadSettings / saveSettings', () => {
  it('defaults to the embedded backend on this origin', () => {
    expect(loadSettings()).toEqual({ kind: 'embedded', baseUrl: '', apiKey: '', remember: false });
  });

  it('keeps the key in sessionStorage only, unless remembered', () => {
    saveSettings({
      kind: 'dalil',
      baseUrl: ' https://crm.acme.test ',
      apiKey: KEY,
      remember: false,
    });
    expect(JSON.stringify(localStorage)).not.toContain(KEY);
    expect(JSON.stringify(sessionStorage)).toContain(KEY);
    expect(loadSettings()).toEqual({
      kind: 'dalil',
      baseUrl: 'https://crm.acme.test',
      apiKey: KEY,
      remember: false,
    });

    saveSettings({ kind: 'dalil', baseUrl: 'https://crm.acme.test', apiKey: KEY, remember: true });
    expect(JSON.stringify(sessionStorage)).not.toContain(KEY);
    sessionStorage.clear(); // a new tab or a browser restart
    expect(loadSettings().apiKey).toBe(KEY);

    saveSettings({ kind: 'dalil', baseUrl: 'https://crm.acme.test', apiKey: KEY, remember: false });
    expect(JSON.stringify(localStorage)).not.toContain(KEY);
  });

  it('keeps one key per kind, so switching back finds the embedded key again', () => {
    saveSettings({ kind: 'embedded', baseUrl: '', apiKey: 'embedded-key', remember: false });
    saveSettings({
      kind: 'dalil',
      baseUrl: DALIL_DEFAULT_URL,
      apiKey: 'dalil-key',
      remember: false,
    });
    saveSettings({ ...loadSettings(), kind: 'embedded', baseUrl: '', apiKey: 'embedded-key' });
    expect(loadSettings().apiKey).toBe('embedded-key');
  });

  it('survives corrupt stored settings', () => {
    localStorage.setItem('tasklink.backend', '{not json');
    expect(loadSettings().kind).toBe('embedded');
    localStorage.setItem('tasklink.backend', JSON.stringify({ kind: 'rolodex', baseUrl: 1 }));
    expect(loadSettings().kind).toBe('embedded');
  });

  it('takes the default Dalil URL from VITE_BACKEND_URL when the build sets it', () => {
    expect(defaultDalilUrl()).toBe(DALIL_DEFAULT_URL);
    vi.stubEnv('VITE_BACKEND_URL', 'https://crm.acme.test');
    expect(defaultDalilUrl()).toBe('https://crm.acme.test');
    localStorage.setItem(
      'tasklink.backend',
      JSON.stringify({ kind: 'dalil', baseUrl: '', remember: false }),
    );
    expect(loadSettings().baseUrl).toBe('https://crm.acme.test');
  });
});

describe('the Peoplelogic and Rolodex kinds', () => {
  it.each(['peoplelogic', 'rolodex'] as const)('keeps %s after a reload, key apart', (kind) => {
    const settings = {
      kind,
      baseUrl: 'http://127.0.0.1:5173',
      apiKey: `${kind}-key`,
      remember: false,
    };
    saveSettings(settings);
    expect(loadSettings()).toEqual(settings);
    expect(localStorage.getItem('tasklink.backend')).not.toContain(`${kind}-key`);
  });
});
