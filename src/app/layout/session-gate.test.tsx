import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWriteQueue, queueStorageKey } from '@/backends/offline/write-queue';
import {
  finishHandOver,
  handOverInProgress,
  startHandOver,
} from '@/features/settings/session/hand-over';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderRoutes } from '@/testing/test-utils';
import type { RouteObject } from 'react-router-dom';
import { TaskBoardPage } from '../routes/board-page';
import { AppLayout } from './app-layout';
import { SessionGate } from './session-gate';

// A browser with no session on the app's own server: the one Connect screen, then the page
// that was asked for once a valid key is pasted.

const KEY = 'tl_the-right-key-0123456789';
const HEADER_HINT = "Missing API key: send the header 'Authorization: Bearer <API key>'";
const noKey = { kind: 'embedded', baseUrl: '', apiKey: '', remember: false } as const;

let signedIn: boolean;
let signIns: { authorization: string | null; csrf: string | null }[];
let api: FakeDalilApi;

beforeEach(() => {
  signedIn = false;
  signIns = [];
  api = createFakeDalilApi();
  api.task(uuid(1, 'b'), { title: 'Call Ada about pricing' });
  api.task(uuid(2, 'b'), { title: 'Send the contract' });
  api.listen();
  server.use(
    // The server's answer without a session, header hint and all: the app must not show it.
    http.all('*/rest/*', () =>
      signedIn
        ? undefined
        : HttpResponse.json(
            { statusCode: 403, error: 'FORBIDDEN_EXCEPTION', messages: [HEADER_HINT] },
            { status: 403 },
          ),
    ),
    http.post('*/auth/session', ({ request }) => {
      const authorization = request.headers.get('authorization');
      signIns.push({ authorization, csrf: request.headers.get('x-tasklink-csrf') });
      if (authorization !== `Bearer ${KEY}`) {
        return HttpResponse.json(
          { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Token invalid.'] },
          { status: 401 },
        );
      }
      signedIn = true;
      return HttpResponse.json({ data: { signedIn: true } }, { status: 201 });
    }),
  );
});

// The real gate, layout and board; the routes are not lazy, so no chunk loading is timed here.
const appRoutes: RouteObject[] = [
  {
    element: (
      <SessionGate>
        <AppLayout />
      </SessionGate>
    ),
    children: [
      { path: '/tasks', element: <TaskBoardPage /> },
      { path: '/settings', element: <h1>Settings</h1> },
    ],
  },
];

const connectScreen = () => screen.findByRole('main', { name: 'Connect to tasklink' });

describe('SessionGate and the Connect screen', () => {
  it('shows one Connect screen, never the header hint or an error per column', async () => {
    renderRoutes(appRoutes, { route: '/tasks?q=pricing', settings: noKey });
    const main = await connectScreen();
    expect(
      within(main).getByText(/tasklink ready: http:\/\/localhost(:\d+)?\/#key=…/),
    ).toBeVisible();
    expect(within(main).getByText('npm start')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Authorization');
    expect(screen.queryByText(/Could not load/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'To do' })).toBeNull();
    expect(screen.getByLabelText('API key')).toHaveFocus();
    expect(document.title).toBe('Connect · tasklink');
  });

  it('says a wrong key is wrong, in the field, and keeps the user on the screen', async () => {
    const { user } = renderRoutes(appRoutes, { route: '/tasks', settings: noKey });
    await connectScreen();
    const field = screen.getByLabelText('API key');
    await user.type(field, 'not-the-key');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/That key was not accepted.*npm start/);
    expect(alert.textContent).not.toContain('not-the-key');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/not accepted/);
    expect(field).toHaveFocus();
  });

  it('asks for a key before sending anything', async () => {
    const { user } = renderRoutes(appRoutes, { route: '/tasks', settings: noKey });
    await connectScreen();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Paste the key first/);
    expect(signIns).toEqual([]);
  });

  it('signs in with a pasted link and opens the page that was asked for, filters kept', async () => {
    const { user, router } = renderRoutes(appRoutes, {
      route: '/tasks?q=pricing',
      settings: noKey,
    });
    await connectScreen();
    await user.click(screen.getByLabelText('API key'));
    await user.paste(`http://127.0.0.1:5173/#key=${KEY}`);
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByRole('article', { name: 'Call Ada about pricing' })).toBeVisible();
    expect(screen.queryByRole('article', { name: 'Send the contract' })).toBeNull();
    expect(router.state.location.pathname + router.state.location.search).toBe('/tasks?q=pricing');
    // The filters bar follows the first cards.
    expect(await screen.findByRole('searchbox', { name: /Search/ })).toHaveValue('pricing');
    expect(signIns).toEqual([{ authorization: `Bearer ${KEY}`, csrf: '1' }]);
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(KEY);
  });

  it('leaves Settings reachable, to switch to a Dalil workspace', async () => {
    const { user } = renderRoutes(appRoutes, { route: '/tasks', settings: noKey });
    await connectScreen();
    await user.click(screen.getByRole('link', { name: 'Open Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  });
});

describe('the #key hand-over', () => {
  afterEach(() => {
    const handOver = handOverInProgress();
    if (handOver) finishHandOver(handOver);
  });

  it('sends a change left waiting by an earlier visit only once it has signed in', async () => {
    const contract = uuid(2, 'b');
    createWriteQueue(queueStorageKey('embedded', window.location.origin), localStorage).add({
      type: 'updateTask',
      id: contract,
      patch: { status: 'DONE' },
    });
    // What the server saw, in order; the sign-in is answered when the test says so.
    const seen: string[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.all('*/rest/*', ({ request }) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        // The earlier visit's cookie names the session the hand-over replaces.
        return signedIn
          ? undefined
          : HttpResponse.json(
              { statusCode: 401, error: 'UNAUTHENTICATED', messages: ['Session expired'] },
              { status: 401 },
            );
      }),
      http.post('*/auth/session', async () => {
        seen.push('sign in');
        await answered;
        signedIn = true;
        return HttpResponse.json({ data: { signedIn: true } }, { status: 201 });
      }),
    );

    startHandOver(KEY);
    renderRoutes(appRoutes, { route: '/tasks', settings: noKey });
    // Several turns of the event loop: time for the queue's probe and PATCH, had they been sent.
    for (let turn = 0; turn < 5; turn += 1) await new Promise((done) => setTimeout(done, 20));
    expect(seen).toEqual(['sign in']);

    answer();
    expect(await screen.findByRole('article', { name: 'Call Ada about pricing' })).toBeVisible();
    await waitFor(() => expect(api.tasks.get(contract)).toMatchObject({ status: 'DONE' }));
    expect(seen.filter((line) => line.startsWith('PATCH'))).toEqual([
      `PATCH /rest/tasks/${contract}`,
    ]);
    expect(screen.queryByRole('main', { name: 'Connect to tasklink' })).toBeNull();
  });
});
