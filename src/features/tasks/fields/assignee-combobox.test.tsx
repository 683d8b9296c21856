import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MemberSummary } from '@/domain/types';
import { parseFilter } from '../../../../server/query/filter.ts';
import { createFakeDalilApi, MEMBER, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { AssigneeCombobox, type AssigneeChoice } from './assignee-combobox';

const ALAN = uuid(2, 'f');
const GRACE = { id: MEMBER.id, name: 'Grace Hopper' };

function Harness({
  initial = null,
  assignee,
  choices,
  emptyLabel = 'Unassigned',
}: {
  initial?: string | null;
  assignee?: MemberSummary | null;
  choices?: AssigneeChoice[];
  emptyLabel?: string;
}) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <AssigneeCombobox
        label="Assignee"
        value={value}
        assignee={assignee}
        emptyLabel={emptyLabel}
        choices={choices}
        onChange={setValue}
      />
      <output data-testid="value">{value ?? 'none'}</output>
    </>
  );
}

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.member(ALAN, 'Alan Turing', { userEmail: 'alan@example.com' });
  for (let n = 3; n <= 30; n++) api.member(uuid(n, 'f'), `Member ${String(n).padStart(2, '0')}`);
  api.listen();
});

const field = () => screen.getByRole('combobox', { name: 'Assignee' });
const value = () => screen.getByTestId('value').textContent;
const memberReads = () => api.calls(/workspaceMembers/);

describe('AssigneeCombobox', () => {
  it('searches the server as the user types, one short page per pause', async () => {
    renderWithProviders(<Harness />);
    expect(memberReads()).toEqual([]);

    // Keys with no pause between them (a loaded test machine can pause longer than a person).
    await userEvent.setup({ delay: null }).type(field(), 'hop');
    expect(await screen.findByRole('option', { name: 'Grace Hopper' })).toBeVisible();
    expect(screen.queryByRole('option', { name: 'Alan Turing' })).toBeNull();

    const searches = api.requests('GET', '/rest/workspaceMembers');
    // Typing "hop" quickly is one search, for what was typed, never the whole list.
    expect(searches).toHaveLength(1);
    const params = searches[0]!.params;
    expect(params.get('limit')).toBe('20');
    expect(params.has('starting_after')).toBe(false);
    expect(parseFilter(params.get('filter')!)).toMatchObject({
      kind: 'or',
      children: [{ field: 'name.firstName', comparator: 'ilike', value: '%hop%' }, {}, {}],
    });
  });

  it('picks a member: the value is its id and the field shows its name', async () => {
    const { user } = renderWithProviders(<Harness />);
    await user.type(field(), 'alan');
    const option = await screen.findByRole('option', { name: 'Alan Turing' });
    expect(option).toHaveAccessibleDescription('alan@example.com');
    await user.click(option);

    expect(value()).toBe(ALAN);
    expect(field()).toHaveValue('Alan Turing');
    expect(screen.queryByRole('listbox')).toBeNull();
    // The name came with the search: it is not read again.
    expect(api.calls(/workspaceMembers\//)).toEqual([]);
  });

  it("shows the task's assignee without asking the server, and Unassigned clears it", async () => {
    const { user } = renderWithProviders(<Harness initial={GRACE.id} assignee={GRACE} />);
    expect(field()).toHaveValue('Grace Hopper');
    expect(memberReads()).toEqual([]);

    await user.click(screen.getByRole('button', { name: /Show assignee choices/ }));
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: 'Alan Turing' });
    // An empty search shows the first page by name, and says there are more to type for.
    expect(within(listbox).getAllByRole('option')).toHaveLength(21);
    expect(screen.getByRole('status')).toHaveTextContent('Showing the first 20');

    await user.click(within(listbox).getByRole('option', { name: 'Unassigned' }));
    expect(value()).toBe('none');
    expect(field()).toHaveValue('');
    expect(field()).toHaveAttribute('placeholder', 'Unassigned');
  });

  it('reads a member known only by id (a URL, a draft) once, by id', async () => {
    renderWithProviders(<Harness initial={ALAN} />);
    await waitFor(() => expect(field()).toHaveValue('Alan Turing'));
    expect(memberReads()).toEqual([`GET /rest/workspaceMembers/${ALAN}`]);
  });

  it('says "Unknown member" for an id the server does not know', async () => {
    renderWithProviders(<Harness initial={uuid(99, 'f')} />);
    await waitFor(() => expect(field()).toHaveValue('Unknown member'));
  });

  it('offers extra choices, such as a filter\'s "Unassigned", and an empty choice', async () => {
    const { user } = renderWithProviders(
      <Harness emptyLabel="Anyone" choices={[{ value: 'unassigned', label: 'Unassigned' }]} />,
    );
    expect(field()).toHaveAttribute('placeholder', 'Anyone');
    await user.type(field(), 'unas');
    await user.click(await screen.findByRole('option', { name: 'Unassigned' }));
    expect(value()).toBe('unassigned');
    expect(field()).toHaveValue('Unassigned');
  });

  it('keeps the value when the user types and leaves without picking', async () => {
    const { user } = renderWithProviders(<Harness initial={GRACE.id} assignee={GRACE} />);
    await user.clear(field());
    await user.type(field(), 'ala');
    await screen.findByRole('option', { name: 'Alan Turing' });
    await user.keyboard('{Escape}');
    expect(value()).toBe(GRACE.id);
    expect(field()).toHaveValue('Grace Hopper');
  });

  it('says when nothing matches, and shows an error when the search fails', async () => {
    const { user } = renderWithProviders(<Harness />);
    await user.type(field(), 'zzz');
    expect(await screen.findByText('No member matches "zzz".')).toHaveAttribute('role', 'status');

    api.fail('GET /rest/workspaceMembers', { status: 500 });
    await user.type(field(), 'q');
    expect(await screen.findByText(/Could not search the members/)).toBeVisible();
    expect(value()).toBe('none');
  });
});
