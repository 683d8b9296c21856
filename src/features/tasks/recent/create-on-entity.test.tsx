import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PAGE_TASK } from '@/backends/peoplelogic/page-examples';
import type { BackendSettings } from '@/backends/settings';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateOnEntity } from './create-on-entity';
import { loadRecentEntities, loadRecentTasks, rememberEntity } from './recent-store';

const settings: BackendSettings = {
  kind: 'peoplelogic',
  baseUrl: 'https://pl.test',
  apiKey: 'jwt-for-tests',
  remember: false,
};
const renderForm = () =>
  renderWithProviders(<CreateOnEntity />, { path: '/tasks', route: '/tasks', settings });

describe('CreateOnEntity', () => {
  it('says what is missing before sending anything', async () => {
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    expect(screen.getByLabelText('Entity id')).toHaveAccessibleDescription(/Paste the id/);
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the task a name.');
  });

  it('creates the task on a recent entity with a date-only due date, then opens it', async () => {
    rememberEntity(settings, { kind: 'company', id: 'co-42' });
    const bodies: unknown[] = [];
    server.use(
      http.post(`${settings.baseUrl}/api/v1/entity/co-42/task`, async ({ request }) => {
        expect(request.headers.get('authorization')).toBe(`Bearer ${settings.apiKey}`);
        bodies.push(await request.json());
        return HttpResponse.json(
          { ...PAGE_TASK, id: 'new-1', name: 'Call the board' },
          { status: 201 },
        );
      }),
    );
    const { user } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Company co-42' }));
    expect(screen.getByLabelText('Entity type')).toHaveValue('company');
    expect(screen.getByLabelText('Entity id')).toHaveValue('co-42');
    await user.type(screen.getByLabelText('Name'), 'Call the board');
    await user.type(screen.getByLabelText('Due date'), '2026-05-04');
    await user.click(screen.getByRole('button', { name: 'Create task' }));

    expect(await screen.findByTestId('navigated-to')).toHaveTextContent('/tasks/new-1');
    expect(bodies).toEqual([{ name: 'Call the board', description: '', dueDate: '2026-05-04' }]);
    expect(loadRecentTasks(settings)[0]).toMatchObject({ id: 'new-1', title: 'Call the board' });
    expect(loadRecentEntities(settings)[0]).toEqual({ kind: 'company', id: 'co-42' });
  });

  it('explains an unknown entity and keeps what was typed', async () => {
    server.use(
      http.post(`${settings.baseUrl}/api/v1/entity/nope/task`, () =>
        HttpResponse.json({ error: 'Not Found', message: 'No entity nope' }, { status: 404 }),
      ),
    );
    const { user } = renderForm();
    await user.type(screen.getByLabelText('Entity id'), 'nope');
    await user.type(screen.getByLabelText('Name'), 'Kept');
    await user.click(screen.getByRole('button', { name: 'Create task' }));
    const form = screen.getByRole('form', { name: 'New task on an entity' });
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Not found/);
    expect(screen.getByLabelText('Name')).toHaveValue('Kept');
  });
});
