import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { TaskEditorPage } from '@/app/routes/task-editor-page';

const TASK = uuid(1, 'b');
const ADA = uuid(1, 'a');
const ACME = uuid(1, 'c');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.company(ACME, 'Acme Corp');
  api.task(TASK, {
    title: 'Call Ada',
    status: 'IN_PROGRESS',
    dueAt: new Date(2031, 4, 20, 9, 30).toISOString(),
    bodyV2: { markdown: 'Ask about **the proposal**.', blocknote: null },
  });
  api.link(TASK, { personId: ADA });
  api.link(TASK, { companyId: ACME });
  api.listen();
});

const renderEditor = (id = TASK) =>
  renderWithProviders(<TaskEditorPage />, { path: '/tasks/:id', route: `/tasks/${id}` });

const title = () => screen.getByRole('textbox', { name: 'Title' });
// The toast region's code loads with the first toast.
const toasts = () => screen.findByRole('region', { name: /notification/i });

describe('task editor', () => {
  it('shows a skeleton, then every field, the times and the linked records by name', async () => {
    renderEditor();
    expect(screen.getByRole('status')).toHaveTextContent('Loading task…');

    expect(await screen.findByRole('heading', { level: 1, name: 'Call Ada' })).toBeInTheDocument();
    expect(title()).toHaveValue('Call Ada');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('IN_PROGRESS');
    expect(screen.getByLabelText('Due date')).toHaveValue('2031-05-20');
    expect(screen.getByLabelText('Due time (optional)')).toHaveValue('09:30');
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('');
    // The markdown renderer's code loads when a description is shown.
    expect((await screen.findByText('the proposal')).tagName).toBe('STRONG');
    expect(screen.getByText('Created').nextElementSibling?.querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-03-02T09:00:00.000Z',
    );

    const linked = screen.getByRole('list', { name: /Linked records/ });
    expect(await within(linked).findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      `/people/${ADA}`,
    );
    expect(await within(linked).findByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
      'href',
      `/companies/${ACME}`,
    );
  });

  it('says so when the task no longer exists', async () => {
    renderEditor(uuid(9, 'b'));
    expect(
      await screen.findByRole('heading', { name: 'This task no longer exists' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the task board' })).toHaveAttribute(
      'href',
      '/tasks',
    );
  });

  it('explains a failed load and loads again with Retry', async () => {
    // Every try fails (the client retries a failed read by itself), until the server recovers.
    api.fail('GET /rest/tasks/:id');
    const { user } = renderEditor();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Could not load this task');
    expect(alert).toHaveTextContent('Database unavailable');
    api.recover();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toHaveValue('Call Ada');
  });

  it('saves a new title on Enter and shows it before the server has answered', async () => {
    const { user } = renderEditor();
    await user.clear(await screen.findByRole('textbox', { name: 'Title' }));
    await user.type(title(), 'Call Ada about the offer');
    const release = api.hold();
    await user.keyboard('{Enter}');

    // The server has not answered yet: the editor already shows the new title.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call Ada about the offer');
    await waitFor(() => expect(api.calls(/^PATCH \/rest\/tasks\//)).toHaveLength(1));
    release();
    await waitFor(() => expect(api.tasks.get(TASK)?.title).toBe('Call Ada about the offer'));
    expect(title()).toHaveValue('Call Ada about the offer');
  });

  it('refuses a blank title: Enter keeps the field open with the message, leaving keeps the title', async () => {
    const { user } = renderEditor();
    await user.clear(await screen.findByRole('textbox', { name: 'Title' }));
    await user.type(title(), '   ');
    await user.keyboard('{Enter}');
    expect(title()).toHaveFocus();
    expect(title()).toHaveAccessibleDescription('Enter a title for the task.');
    expect(title()).toHaveAttribute('aria-invalid', 'true');

    await user.tab();
    expect(title()).toHaveValue('Call Ada');
    expect(title()).toHaveAccessibleDescription('Enter a title for the task. The title was kept.');
    expect(api.calls(/^PATCH \/rest\/tasks\//)).toHaveLength(0);
    expect(api.tasks.get(TASK)?.title).toBe('Call Ada');

    // Typing again clears the message; a real title saves.
    await user.type(title(), '!{Enter}');
    expect(title()).not.toHaveAccessibleDescription();
    await waitFor(() => expect(api.tasks.get(TASK)?.title).toBe('Call Ada!'));
  });

  it('keeps a title on one line: Enter saves instead of breaking it', async () => {
    const { user } = renderEditor();
    await user.click(await screen.findByRole('textbox', { name: 'Title' }));
    await user.keyboard('{End} now{Enter}');
    expect(title()).toHaveValue('Call Ada now');
    await waitFor(() => expect(api.tasks.get(TASK)?.title).toBe('Call Ada now'));
  });

  it('puts a refused change back and says why', async () => {
    const { user } = renderEditor();
    const status = await screen.findByRole('combobox', { name: 'Status' });
    api.fail('PATCH /rest/tasks/:id');
    const release = api.hold();
    await user.selectOptions(status, 'DONE');
    expect(status).toHaveValue('DONE');

    release();
    await waitFor(() => expect(status).toHaveValue('IN_PROGRESS'));
    const region = await toasts();
    expect(await within(region).findByText("Couldn't save the status")).toBeInTheDocument();
    expect(region).toHaveTextContent('Database unavailable');
    expect(region).toHaveTextContent('The change was undone.');
    expect(api.tasks.get(TASK)?.status).toBe('IN_PROGRESS');
  });

  it('assigns by searching members, shows the name before the server answers, and unassigns', async () => {
    api.member(uuid(2, 'f'), 'Alan Turing');
    const { user } = renderEditor();
    const assignee = await screen.findByRole('combobox', { name: 'Assignee' });
    await user.type(assignee, 'tur');
    const option = await screen.findByRole('option', { name: 'Alan Turing' });
    const release = api.hold('PATCH /rest/tasks/:id');
    await user.click(option);
    expect(assignee).toHaveValue('Alan Turing');
    await waitFor(() => expect(api.calls(/^PATCH \/rest\/tasks\//)).toHaveLength(1));
    expect(api.requests('PATCH', `/rest/tasks/${TASK}`)[0]!.body).toEqual({
      assigneeId: uuid(2, 'f'),
    });
    release();
    await waitFor(() => expect(api.tasks.get(TASK)?.assigneeId).toBe(uuid(2, 'f')));
    // Read again after the save, the task names its assignee itself (depth 1).
    await waitFor(() => expect(api.calls(/^GET \/rest\/tasks\//).length).toBeGreaterThan(1));
    expect(assignee).toHaveValue('Alan Turing');

    await user.click(screen.getByRole('button', { name: /Show assignee choices/ }));
    await user.click(await screen.findByRole('option', { name: 'Unassigned' }));
    await waitFor(() => expect(api.tasks.get(TASK)?.assigneeId).toBeNull());
    expect(assignee).toHaveValue('');
    // Never the whole member list: only the searches the user made.
    expect(api.calls(/workspaceMembers/).every((line) => line.includes('limit=20'))).toBe(true);
  });

  it('clears the due date at once, and the time goes with it', async () => {
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Clear due date' }));
    await waitFor(() => expect(api.tasks.get(TASK)?.dueAt).toBeNull());
    expect(screen.getByLabelText('Due date')).toHaveValue('');
    expect(screen.getByLabelText('Due time (optional)')).toBeDisabled();
  });

  it('saves a quick pick at once, keeping the time, and a typed date only once it is whole', async () => {
    const { user } = renderEditor();
    const picks = await screen.findByRole('group', { name: 'Quick picks' });
    await user.click(within(picks).getByRole('button', { name: 'Tomorrow' }));
    const now = new Date();
    const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 30);
    await waitFor(() => expect(api.tasks.get(TASK)?.dueAt).toBe(tomorrow.toISOString()));
    expect(within(picks).getByRole('button', { name: 'Tomorrow' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const saves = () => api.calls(/^PATCH \/rest\/tasks\//).length;
    const before = saves();
    const date = screen.getByLabelText('Due date');
    await user.clear(date);
    await user.type(date, '2032-01-15');
    await waitFor(() =>
      expect(api.tasks.get(TASK)?.dueAt).toBe(new Date(2032, 0, 15, 9, 30).toISOString()),
    );
    expect(saves()).toBe(before + 1);
  });

  it('edits the description as markdown and saves it on leaving the field', async () => {
    const { user } = renderEditor();
    await user.click(await screen.findByRole('button', { name: 'Edit description' }));
    const textarea = screen.getByRole('textbox', { name: 'Description' });
    expect(textarea).toHaveFocus();
    expect(textarea).toHaveValue('Ask about **the proposal**.');
    await user.clear(textarea);
    await user.type(textarea, '- first{Enter}- second');
    await user.tab();

    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['first', 'second']),
    );
    await waitFor(() =>
      expect(api.tasks.get(TASK)?.bodyV2).toEqual({
        markdown: '- first\n- second',
        blocknote: null,
      }),
    );
    expect(api.calls(/^PATCH \/rest\/tasks\//)).toHaveLength(1);
  });

  it('says what a title with hidden direction characters reads, and can drop them', async () => {
    api.task(TASK, { title: 'Invoice\u202Egnp.exe' });
    const { user } = renderEditor();
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('It reads: Invoice⟦RLO⟧gnp.exe');

    await user.click(within(note).getByRole('button', { name: 'Remove them' }));
    await waitFor(() => expect(api.tasks.get(TASK)?.title).toBe('Invoicegnp.exe'));
    await waitFor(() => expect(screen.queryByRole('note')).not.toBeInTheDocument());
  });

  it('shows HTML in a description as text and never runs it', async () => {
    const html = '<script>window.hacked = 1</script>\n\n<img src="x" onerror="window.hacked = 2">';
    api.task(TASK, { title: 'Sneaky', bodyV2: { markdown: html, blocknote: null } });
    const { container } = renderEditor();
    await screen.findByRole('heading', { level: 1, name: 'Sneaky' });

    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    const description = screen.getByRole('region', { name: 'Description' });
    expect(description).toHaveTextContent('<script>window.hacked = 1</script>');
    expect(description).toHaveTextContent('<img src="x" onerror="window.hacked = 2">');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});
