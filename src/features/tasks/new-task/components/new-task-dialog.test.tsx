import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordSummary } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { useBackend } from '@/backends/backend-context';
import { createFakeDalilApi, MEMBER, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { NewTaskButton } from './new-task-button';

let api: FakeDalilApi;
let ada: RecordSummary;
let acme: RecordSummary;
let deal: RecordSummary;

beforeEach(() => {
  api = createFakeDalilApi();
  ada = api.person(uuid(1, 'p'), 'Ada Lovelace');
  acme = api.company(uuid(1, 'c'), 'Acme');
  deal = api.opportunity(uuid(1, 'o'), 'Big deal');
  api.listen();
});

/** Every relation made to `record` fails, until `api.recover()`. */
const failLinksTo = (record: RecordSummary) =>
  api.fail('POST /rest/taskTargets', {
    when: ({ body }) => [body?.personId, body?.companyId, body?.opportunityId].includes(record.id),
  });

/** A record's Tasks panel, reduced to what it reads: the record at depth 1. */
function PanelCount({ record }: { record: RecordSummary }) {
  const backend = useBackend();
  const detail = useQuery(recordQueries.detail(backend, record.kind, record.id));
  return (
    <p data-testid={`panel-${record.id}`}>
      {detail.data ? `${detail.data.taskTargets.length} tasks` : 'loading'}
    </p>
  );
}

function renderDialog(initialTargets?: RecordSummary[]) {
  const view = renderWithProviders(
    <>
      <NewTaskButton initialTargets={initialTargets} shortcut />
      <PanelCount record={ada} />
    </>,
  );
  return view;
}

async function openDialog(user: ReturnType<typeof renderDialog>['user']) {
  await user.click(screen.getByRole('button', { name: /new task/i }));
  return screen.findByRole('dialog', { name: 'New task' });
}

async function pick(user: ReturnType<typeof renderDialog>['user'], text: string, name: string) {
  await user.type(screen.getByRole('combobox', { name: 'Link to' }), text);
  await user.click(await screen.findByRole('option', { name }));
}

describe('NewTaskDialog', () => {
  it('explains what is missing and sends nothing', async () => {
    const { user } = renderDialog();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    const title = within(dialog).getByRole('textbox', { name: /title/i });
    expect(title).toHaveAccessibleDescription('Enter a title for the task.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();

    await user.type(title, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    expect(title).toHaveAccessibleDescription('Enter a title for the task.');

    await user.type(title, 'Call Ada');
    await user.type(within(dialog).getByLabelText('Due time (optional)'), '09:30');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    expect(within(dialog).getByLabelText('Due date')).toHaveAccessibleDescription(
      'Pick a date for this time.',
    );
    expect(api.calls(/POST/)).toEqual([]);
  });

  it('creates the task, links it, says so with a link to the task, and refreshes the panel', async () => {
    const { user, router } = renderDialog();
    await waitFor(() => expect(screen.getByTestId(`panel-${ada.id}`)).toHaveTextContent('0 tasks'));
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Send the contract');
    await user.click(within(dialog).getByRole('button', { name: 'Tomorrow' }));
    await pick(user, 'ada', 'Ada Lovelace');
    await pick(user, 'acm', 'Acme');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Task created')).toBeInTheDocument();
    expect(screen.getByTestId(`panel-${ada.id}`)).toHaveTextContent('1 tasks');
    // Sent, so there is no draft left to restore.
    expect(Object.keys(sessionStorage).filter((k) => k.includes('new-task-draft'))).toEqual([]);

    const [task] = [...api.tasks.values()];
    expect(task).toMatchObject({ title: 'Send the contract', status: 'TODO' });
    expect(task?.dueAt).not.toBeNull();
    expect([...api.taskTargets.values()].map((t) => t.personId ?? t.companyId)).toEqual([
      ada.id,
      acme.id,
    ]);

    await user.click(screen.getByRole('button', { name: 'Open task' }));
    expect(router.state.location.pathname).toBe(`/tasks/${String(task?.id)}`);
  });

  it('assigns the new task to a member found by typing part of a name', async () => {
    const { user } = renderDialog();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Review specs');
    const assignee = within(dialog).getByRole('combobox', { name: 'Assignee' });
    expect(assignee).toHaveAttribute('placeholder', 'Unassigned');
    await user.type(assignee, 'hopp');
    await user.click(await screen.findByRole('option', { name: 'Grace Hopper' }));
    expect(assignee).toHaveValue('Grace Hopper');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    await waitFor(() => expect(api.tasks.size).toBe(1));
    expect([...api.tasks.values()][0]).toMatchObject({
      title: 'Review specs',
      assigneeId: MEMBER.id,
    });
    expect(api.calls(/workspaceMembers/)).toHaveLength(1);
  });

  it('keeps every input and shows the server message when the task cannot be created', async () => {
    api.fail('POST /rest/tasks', { status: 400, message: 'Invalid assignee' });
    const { user } = renderDialog([deal]);
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Prepare the demo');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      'Bring **slides**',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Invalid assignee');
    expect(within(dialog).getByRole('textbox', { name: /title/i })).toHaveValue('Prepare the demo');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Bring **slides**',
    );
    expect(within(dialog).getByRole('button', { name: 'Remove Big deal' })).toBeInTheDocument();

    // Trying again sends the same task id: a create that did land can never become two tasks.
    api.recover();
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const ids = api.requests('POST', '/rest/tasks').map((req) => req.body?.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(api.tasks.size).toBe(1);
  });

  it('says which links failed and retries only those', async () => {
    failLinksTo(acme);
    const { user } = renderDialog([ada, acme, deal]);
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Quarterly review');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));

    const failures = await within(dialog).findByRole('list', { name: 'Links that failed' });
    expect(within(failures).getAllByRole('listitem')).toHaveLength(1);
    expect(failures).toHaveTextContent(/Acme.*Database unavailable/);
    expect(within(dialog).getByRole('button', { name: 'Keep task without them' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Delete task' })).toBeEnabled();

    api.recover();
    const before = api.calls(/POST \/rest\/taskTargets/).length;
    await user.click(within(dialog).getByRole('button', { name: 'Retry failed links' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls(/POST \/rest\/taskTargets/).length - before).toBe(1);
    expect(api.tasks.size).toBe(1);
    expect(api.taskTargets.size).toBe(3);
    expect(await screen.findByText('Task created')).toBeInTheDocument();
  });

  it('deletes the task after a partial failure', async () => {
    failLinksTo(deal);
    const { user } = renderDialog([ada, deal]);
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Throwaway');
    await user.click(within(dialog).getByRole('button', { name: 'Create task' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Delete task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.tasks.size).toBe(0);
    expect(api.taskTargets.size).toBe(0);
    expect(await screen.findByText('Task deleted')).toBeInTheDocument();
  });

  it('makes one task however often Enter is pressed', async () => {
    const release = api.hold('POST /rest/tasks');
    const { user } = renderDialog();
    const dialog = await openDialog(user);
    const title = within(dialog).getByRole('textbox', { name: /title/i });
    await user.type(title, 'Only once{Enter}');
    expect(await within(dialog).findByRole('button', { name: 'Creating task…' })).toBeDisabled();
    await user.type(title, '{Enter}{Enter}');
    release();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls(/POST \/rest\/tasks/)).toHaveLength(1);
  });

  it('asks before closing with unsaved input, and keeps the draft across a reload', async () => {
    const first = renderDialog();
    let dialog = await openDialog(first.user);
    await first.user.type(within(dialog).getByRole('textbox', { name: /title/i }), 'Half written');
    await first.user.keyboard('{Escape}');
    expect(within(dialog).getByRole('heading', { name: 'Discard this task?' })).toBeInTheDocument();
    await first.user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: /title/i })).toHaveValue('Half written');

    // A reload: everything unmounts; the draft is in sessionStorage.
    first.unmount();
    const second = renderDialog();
    dialog = await openDialog(second.user);
    expect(within(dialog).getByRole('textbox', { name: /title/i })).toHaveValue('Half written');
    expect(within(dialog).getByText('Restored your unsent draft.')).toBeInTheDocument();

    await second.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await second.user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    dialog = await openDialog(second.user);
    expect(within(dialog).getByRole('textbox', { name: /title/i })).toHaveValue('');
  });

  it('opens with n, but not while typing in a field', async () => {
    const { user } = renderWithProviders(
      <>
        <label>
          Search <input />
        </label>
        <NewTaskButton shortcut />
      </>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'n');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('n');
    expect(await screen.findByRole('dialog', { name: 'New task' })).toBeInTheDocument();
  });

  it('renders the description preview as markdown, never as raw HTML', async () => {
    const { user } = renderDialog();
    const dialog = await openDialog(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      '**Bold** <img src=x onerror="alert(1)">',
    );
    await user.click(within(dialog).getByRole('tab', { name: 'Preview' }));
    const panel = within(dialog).getByRole('tabpanel');
    expect(within(panel).getByText('Bold').tagName).toBe('STRONG');
    expect(panel.querySelector('img')).toBeNull();
  });
});
