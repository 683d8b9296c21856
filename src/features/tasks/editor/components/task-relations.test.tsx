import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskEditorPage } from '@/app/routes/task-editor-page';

const TASK = uuid(1, 'b');
const ADA = uuid(1, 'a');
const GRACE = uuid(2, 'a');
const ACME = uuid(1, 'c');

let api: FakeDalilApi;
let adaLink: string;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.person(GRACE, 'Grace Hopper');
  api.company(ACME, 'Acme Corp');
  api.task(TASK, { title: 'Call Ada' });
  adaLink = api.link(TASK, { personId: ADA });
  api.listen();
});

async function renderEditor() {
  const rendered = renderWithProviders(<TaskEditorPage />, {
    path: '/tasks/:id',
    route: `/tasks/${TASK}`,
  });
  await screen.findByRole('link', { name: 'Ada Lovelace' });
  return rendered;
}

const linked = () => screen.getByRole('list', { name: /Linked records/ });
const names = () =>
  within(linked())
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('task relations in the editor', () => {
  it('links the task to a record chosen in "Link to", with one relation made by the client', async () => {
    const { user } = await renderEditor();
    await user.type(screen.getByRole('combobox', { name: 'Link to' }), 'acme');
    const option = await screen.findByRole('option', { name: 'Acme Corp' });
    const release = api.hold();
    await user.click(option);

    // Shown before the server answers.
    expect(names()).toEqual(['Ada Lovelace', 'Acme Corp']);
    release();
    // Wait for the stored relation itself: the log line lands before the held answer is applied.
    const created = await waitFor(() => {
      const found = [...api.taskTargets.values()].find((t) => t.companyId === ACME);
      expect(found).toBeDefined();
      return found;
    });
    expect(api.calls(/^POST \/rest\/taskTargets$/)).toHaveLength(1);
    expect(created).toMatchObject({ taskId: TASK, personId: null, opportunityId: null });
    expect(created?.id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() =>
      expect(within(linked()).getByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
        'href',
        `/companies/${ACME}`,
      ),
    );
  });

  it('removes a relation, keeping the task and the record', async () => {
    const { user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Ada Lovelace' }));

    expect(await screen.findByText('Not linked to any record yet.')).toBeInTheDocument();
    await waitFor(() => expect(api.taskTargets.has(adaLink)).toBe(false));
    expect(api.tasks.has(TASK)).toBe(true);
    expect(api.calls(/^DELETE /)).toEqual([`DELETE /rest/taskTargets/${adaLink}`]);
  });

  it('points a relation at another record with one PATCH, keeping its id', async () => {
    const { user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Change Ada Lovelace' }));
    await user.type(screen.getByRole('combobox', { name: 'Replace Ada Lovelace with' }), 'grace');
    await user.click(await screen.findByRole('option', { name: 'Grace Hopper' }));

    await waitFor(() => expect(names()).toEqual(['Grace Hopper']));
    await waitFor(() => expect(api.taskTargets.get(adaLink)?.personId).toBe(GRACE));
    expect(api.calls(/taskTargets/)).toEqual([`PATCH /rest/taskTargets/${adaLink}`]);
    expect(screen.queryByRole('combobox', { name: /Replace/ })).not.toBeInTheDocument();
  });

  it('puts a relation back when the server refuses to remove it, and says why', async () => {
    api.fail('DELETE /rest/taskTargets/:id');
    const { user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Ada Lovelace' }));

    const toasts = await screen.findByRole('region', { name: /notification/i });
    expect(
      await within(toasts).findByText("Couldn't remove the link to Ada Lovelace"),
    ).toBeInTheDocument();
    expect(names()).toEqual(['Ada Lovelace']);
    expect(api.taskTargets.has(adaLink)).toBe(true);
  });

  it('does not link the same record twice', async () => {
    const { user } = await renderEditor();
    await user.type(screen.getByRole('combobox', { name: 'Link to' }), 'ada');
    await user.click(await screen.findByRole('option', { name: 'Ada Lovelace' }));

    const toasts = await screen.findByRole('region', { name: /notification/i });
    expect(await within(toasts).findByText('Already linked to Ada Lovelace')).toBeInTheDocument();
    expect(api.calls(/^POST/)).toEqual([]);
  });
});
