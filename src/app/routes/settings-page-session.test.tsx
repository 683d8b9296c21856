import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { embeddedAnswers, renderPage, tasksAnswer } from '@/testing/settings-page';
import { testSettings } from '@/testing/test-utils';

describe('SettingsPage: the session on the embedded backend', () => {
  const origin = window.location.origin;

  it('says until when this browser is signed in, and signs it out', async () => {
    const expiresAt = '2031-01-15T10:00:00.000Z';
    let signedIn = true;
    let signOuts = 0;
    server.use(
      http.get(`${origin}/rest/tasks`, () => tasksAnswer(120)),
      http.get(`${origin}/auth/session`, () =>
        HttpResponse.json({ data: signedIn ? { signedIn, expiresAt } : { signedIn } }),
      ),
      http.delete(`${origin}/auth/session`, ({ request }) => {
        if (request.headers.get('x-tasklink-csrf') !== '1') {
          return HttpResponse.json({ statusCode: 403, messages: ['csrf'] }, { status: 403 });
        }
        signOuts++;
        signedIn = false;
        return HttpResponse.json({ data: { signedIn: false } });
      }),
    );
    sessionStorage.setItem('tasklink.apiKey.embedded', testSettings.apiKey);
    const { user } = renderPage();
    const card = screen.getByRole('region', { name: 'Session' });
    expect(
      await within(card).findByText(/This browser is signed in to this tasklink server until/),
    ).toHaveTextContent(/2031/);
    await user.click(within(card).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByTestId('navigated-to')).toHaveTextContent('/');
    expect(signOuts).toBe(1);
    // No saved key may sign this browser straight back in.
    expect(sessionStorage.getItem('tasklink.apiKey.embedded')).toBeNull();
  });

  it('trades a key typed for the embedded backend for a session instead of storing it', async () => {
    const key = 'tl_typed-key-0123456789';
    const sent: (string | null)[] = [];
    embeddedAnswers();
    server.use(
      http.post(`${origin}/auth/session`, ({ request }) => {
        sent.push(request.headers.get('authorization'));
        return request.headers.get('authorization') === `Bearer ${key}`
          ? HttpResponse.json({ data: { signedIn: true } }, { status: 201 })
          : HttpResponse.json({ statusCode: 401, messages: ['Token invalid.'] }, { status: 401 });
      }),
    );
    const { user } = renderPage();
    const field = screen.getByLabelText('API key');
    await user.type(field, 'wrong-key-0000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/That key was not accepted/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, key);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saved\. The app now uses the embedded backend/)).toBeVisible();
    expect(sent).toEqual(['Bearer wrong-key-0000', `Bearer ${key}`]);
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(key);
    expect(screen.queryByLabelText('Remember on this device')).toBeNull();
  });
});
