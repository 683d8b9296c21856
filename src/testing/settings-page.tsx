import { http, HttpResponse } from 'msw';
import { SettingsPage } from '@/app/routes/settings-page';
import { server } from './msw-server';
import { renderWithProviders, testSettings } from './test-utils';

// The Settings page's tests (src/app/routes/settings-page*.test.tsx): the page at /settings and
// the embedded backend's answers.

export const tasksAnswer = (totalCount: number) =>
  HttpResponse.json({ data: { tasks: [] }, pageInfo: { hasNextPage: false }, totalCount });

export function embeddedAnswers(respond: () => Response = () => tasksAnswer(120)) {
  server.use(
    http.get(`${window.location.origin}/rest/tasks`, respond),
    http.get(`${window.location.origin}/auth/session`, () =>
      HttpResponse.json({ data: { signedIn: false } }),
    ),
  );
}

export const renderPage = (settings = testSettings) =>
  renderWithProviders(<SettingsPage />, { path: '/settings', settings });
