import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { embeddedAnswers, renderPage, tasksAnswer } from '@/testing/settings-page';
import { testSettings } from '@/testing/test-utils';

const DALIL = 'https://app.usedalil.ai';
const currentBackend = () => screen.getByRole('region', { name: 'Backend in use' });

describe('SettingsPage', () => {
  it('checks the backend in use on open and says it is connected', async () => {
    embeddedAnswers();
    renderPage();
    expect(within(currentBackend()).getByRole('status')).toHaveTextContent(
      'Checking the connection',
    );
    expect(
      await within(currentBackend()).findByText(
        /Connected to the embedded backend: found 120 tasks/,
      ),
    ).toBeInTheDocument();
  });

  it('shows a wrong key as an alert', async () => {
    embeddedAnswers(() =>
      HttpResponse.json({ statusCode: 401, messages: ['Invalid API key'] }, { status: 401 }),
    );
    renderPage();
    expect(await within(currentBackend()).findByRole('alert')).toHaveTextContent(
      /Wrong API key.*npm start/,
    );
  });

  it('validates the Dalil URL and key before testing anything', async () => {
    embeddedAnswers();
    const { user } = renderPage();
    await user.click(screen.getByRole('radio', { name: /Dalil/ }));
    const url = screen.getByLabelText('Base URL');
    expect(url).toHaveValue(DALIL);
    await user.clear(url);
    await user.type(url, 'ftp://files.example.com');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/Only http:\/\/ and https:\/\/ addresses can be used/);
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(/Enter the API key/);
  });

  it("tests the form's values before saving and explains a failure in plain words", async () => {
    embeddedAnswers();
    server.use(http.get(`${DALIL}/rest/tasks`, () => HttpResponse.error()));
    const { user } = renderPage();
    await user.click(screen.getByRole('radio', { name: /Dalil/ }));
    await user.type(screen.getByLabelText('API key'), 'sk_live_abcdefgh1234');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const form = screen.getByRole('form', { name: 'Change backend' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /Unreachable.*You may be offline, the address may be wrong, or the server does not allow requests from this site \(CORS\)/,
    );
    expect(within(currentBackend()).getByText(/Embedded backend/)).toBeInTheDocument();
  });

  it('saves a switch to Dalil, clears the query cache and checks the new backend', async () => {
    embeddedAnswers();
    server.use(
      http.get(`${DALIL}/rest/tasks`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer sk_live_abcdefgh1234'
          ? tasksAnswer(7)
          : HttpResponse.json({ messages: ['bad key'] }, { status: 401 }),
      ),
    );
    const { user, queryClient } = renderPage();
    await within(currentBackend()).findByText(/found 120 tasks/);
    queryClient.setQueryData(['tasks', 'list', { status: 'TODO' }], { from: 'embedded' });

    await user.click(screen.getByRole('radio', { name: /Dalil/ }));
    await user.type(screen.getByLabelText('API key'), 'sk_live_abcdefgh1234');
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(queryClient.getQueryData(['tasks', 'list', { status: 'TODO' }])).toBeUndefined();
    expect(within(currentBackend()).getByText(`Dalil at ${DALIL}`)).toBeInTheDocument();
    expect(
      await within(currentBackend()).findByText(`Connected to ${DALIL}: found 7 tasks.`),
    ).toBeInTheDocument();
    expect(localStorage.getItem('tasklink.apiKey.dalil')).toBe('sk_live_abcdefgh1234');
    expect(sessionStorage.getItem('tasklink.apiKey.dalil')).toBeNull();
  });

  it('shows a saved key only masked, never in full', async () => {
    server.use(http.get(`${DALIL}/rest/tasks`, () => tasksAnswer(3)));
    const key = 'sk_live_abcdefghWXYZ';
    renderPage({ kind: 'dalil', baseUrl: DALIL, apiKey: key, remember: false });
    await within(currentBackend()).findByText(/found 3 tasks/);
    const keyInput = screen.getByLabelText('API key');
    expect(keyInput).toHaveValue('');
    expect(keyInput).toHaveAttribute('type', 'password');
    expect(keyInput).toHaveAccessibleDescription(/Saved key ••••••••WXYZ/);
    expect(document.body.innerHTML).not.toContain(key);
  });

  it('keeps the saved key when saving with the key field left blank', async () => {
    embeddedAnswers();
    const { user, queryClient } = renderPage();
    await within(currentBackend()).findByText(/found 120 tasks/);
    queryClient.setQueryData(['kept'], 1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(/Saved\. The app now uses the embedded backend/),
    ).toBeInTheDocument();
    expect(queryClient.getQueryData(['kept'])).toBe(1);
    expect(sessionStorage.getItem('tasklink.apiKey.embedded')).toBe(testSettings.apiKey);
  });
});

describe('SettingsPage: the Peoplelogic and Rolodex kinds', () => {
  const origin = window.location.origin;

  it('offers the four kinds', async () => {
    embeddedAnswers();
    renderPage();
    const kinds = within(screen.getByRole('group', { name: 'Backend' })).getAllByRole('radio');
    expect(kinds.map((r) => r.getAttribute('value'))).toEqual([
      'embedded',
      'dalil',
      'peoplelogic',
      'rolodex',
    ]);
    await within(currentBackend()).findByText(/found 120 tasks/);
  });

  it("tests Rolodex at this app's own address with its header, then saves it", async () => {
    embeddedAnswers();
    const key = 'rolodex-key-0123456789';
    server.use(
      http.get(`${origin}/user-api/v1/tasks`, ({ request }) =>
        request.headers.get('x-rolodex-api-key') === key && !request.url.includes(key)
          ? HttpResponse.json({ pagination: { limit: 1, offset: 0, total: 42 }, data: [] })
          : HttpResponse.json({ error: 'Unauthorized', message: 'bad key' }, { status: 401 }),
      ),
    );
    const { user } = renderPage();
    await user.click(screen.getByRole('radio', { name: /Rolodex/ }));
    const url = screen.getByLabelText('Base URL');
    expect(url).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(url).toHaveAccessibleDescription(/Enter the address of the Rolodex server/);
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(/Rolodex API key/);

    await user.click(screen.getByRole('button', { name: 'Use this app’s address' }));
    expect(url).toHaveValue(origin);
    await user.type(screen.getByLabelText('API key'), key);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const form = screen.getByRole('form', { name: 'Change backend' });
    expect(await within(form).findByText(`Connected to ${origin}: found 42 tasks.`)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(currentBackend()).getByText(`Rolodex at ${origin}`)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('tasklink.backend') ?? '{}')).toEqual({
      kind: 'rolodex',
      baseUrl: origin,
      remember: false,
    });
    expect(document.body.innerHTML).not.toContain(key);
  });

  it('says a wrong Peoplelogic token is wrong, without showing it', async () => {
    embeddedAnswers();
    const token = 'wrong-token-0123456789';
    server.use(
      http.get(`${origin}/api/v1/task/:id`, () =>
        HttpResponse.json({ error: 'Unauthorized', message: 'bad token' }, { status: 401 }),
      ),
    );
    const { user } = renderPage();
    await user.click(screen.getByRole('radio', { name: /Peoplelogic/ }));
    await user.click(screen.getByRole('button', { name: 'Use this app’s address' }));
    await user.type(screen.getByLabelText('API key'), token);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const form = screen.getByRole('form', { name: 'Change backend' });
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(/Wrong API key.*refused the token/);
    expect(alert.textContent).not.toContain(token);
  });
});
