import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@/testing/msw-server';
import { testSettings } from '@/testing/test-utils';
import { createAppBackend } from './app-backend';

// The app's backend is made before React mounts (main.tsx) and the board's first pages go out
// through it at once, so a refusal can come back before the settings provider listens.

const refuse = () =>
  server.use(
    http.all('*/rest/*', () =>
      HttpResponse.json({ messages: ['Session expired or signed out'] }, { status: 401 }),
    ),
  );

const read = (app: ReturnType<typeof createAppBackend>) =>
  app.backend.listTasks({ sort: 'createdAt' }).catch(() => undefined);

describe('createAppBackend', () => {
  it('tells a listener of a refusal that came before it listened, once', async () => {
    refuse();
    const app = createAppBackend(testSettings);
    await read(app);
    const listener = vi.fn();
    app.onRefused(listener);
    expect(listener).toHaveBeenCalledTimes(1);
    app.onRefused(listener);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells the listener of later refusals, and no one once it has stopped listening', async () => {
    refuse();
    const app = createAppBackend(testSettings);
    const listener = vi.fn();
    const stop = app.onRefused(listener);
    await read(app);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await read(app);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
