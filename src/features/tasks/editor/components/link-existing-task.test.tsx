import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecordDetailPage } from '@/app/routes/record-detail-page';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';

const ADA = uuid(1, 'a');
const LINKED = uuid(1, 'b');
const FREE = uuid(2, 'b');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.task(LINKED, { title: 'Proposal review' });
  api.task(FREE, { title: 'Send the proposal', status: 'IN_PROGRESS' });
  api.task(uuid(3, 'b'), { title: 'Book the demo' });
  api.link(LINKED, { personId: ADA });
  api.listen();
});

async function renderPerson() {
  const rendered = renderWithProviders(<RecordDetailPage kind="person" />, {
    path: '/people/:id',
    route: `/people/${ADA}`,
  });
  await screen.findByRole('link', { name: 'Proposal review' });
  return rendered;
}

// While the search's popover is open, React Aria hides the page behind it from assistive
// technology (aria-hidden), the panel included: the queries that look at it then say so.
const tasksPanel = () => screen.getByRole('region', { name: /^Tasks/, hidden: true });

describe('link an existing task from a record page', () => {
  it('finds tasks by title, marks the ones already linked, and links the chosen one once', async () => {
    const { user } = await renderPerson();
    await user.click(within(tasksPanel()).getByRole('button', { name: 'Link existing task' }));
    const combobox = screen.getByRole('combobox', { name: 'Link existing task' });
    expect(combobox).toHaveFocus();
    // The search opens in a popover on the button: the panel's header keeps its button and
    // layout instead of making room for a search box.
    expect(within(tasksPanel()).queryByRole('combobox', { hidden: true })).not.toBeInTheDocument();
    expect(
      within(tasksPanel()).getByRole('button', { name: 'Link existing task', hidden: true }),
    ).toHaveAttribute('aria-expanded', 'true');
    await user.type(combobox, 'proposal');

    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: /Send the proposal/ });
    const linked = within(listbox).getByRole('option', { name: /Proposal review/ });
    expect(linked).toHaveAttribute('aria-disabled', 'true');
    expect(linked).toHaveTextContent('Already linked');
    expect(
      within(listbox).queryByRole('option', { name: /Book the demo/ }),
    ).not.toBeInTheDocument();
    // Searched on the server by title, once typing paused.
    expect(api.calls(/^GET \/rest\/tasks\?/).length).toBeGreaterThan(0);

    await user.click(within(listbox).getByRole('option', { name: /Send the proposal/ }));
    expect(
      await within(tasksPanel()).findByRole('link', { name: 'Send the proposal' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.calls(/^POST \/rest\/taskTargets$/)).toHaveLength(1));
    const relations = [...api.taskTargets.values()].filter((t) => t.taskId === FREE);
    expect(relations).toEqual([expect.objectContaining({ personId: ADA })]);
    // The toast region's code loads with the first toast.
    expect(
      await within(await screen.findByRole('region', { name: /notification/i })).findByText(
        'Linked “Send the proposal” to Ada Lovelace',
      ),
    ).toBeInTheDocument();
    expect(within(tasksPanel()).getByRole('button', { name: 'Link existing task' })).toBeVisible();
  });

  it('does nothing with an already linked task', async () => {
    const { user } = await renderPerson();
    await user.click(within(tasksPanel()).getByRole('button', { name: 'Link existing task' }));
    await user.type(screen.getByRole('combobox', { name: 'Link existing task' }), 'review');
    await user.click(await screen.findByRole('option', { name: /Proposal review/ }));

    expect(screen.getByRole('combobox', { name: 'Link existing task' })).toBeInTheDocument();
    expect(api.calls(/^POST/)).toEqual([]);
  });

  it('says when no task matches, and Escape on an empty box closes the search', async () => {
    const { user } = await renderPerson();
    await user.click(within(tasksPanel()).getByRole('button', { name: 'Link existing task' }));
    await user.type(screen.getByRole('combobox', { name: 'Link existing task' }), 'zebra');
    expect(await screen.findByText('No task matches “zebra”.')).toBeInTheDocument();

    await user.clear(screen.getByRole('combobox', { name: 'Link existing task' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Link existing task' })).not.toBeInTheDocument();
    expect(within(tasksPanel()).getByRole('button', { name: 'Link existing task' })).toBeVisible();
  });
});
