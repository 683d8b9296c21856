import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordSummary } from '@/domain/types';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { TargetPicker } from './target-picker';

function Harness({ initial = [] }: { initial?: RecordSummary[] }) {
  const [value, setValue] = useState<RecordSummary[]>(initial);
  return (
    <>
      <TargetPicker value={value} onChange={setValue} />
      <output data-testid="value">{value.map((v) => v.name).join(', ')}</output>
    </>
  );
}

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(uuid(1, 'p'), 'Ada Lovelace');
  api.person(uuid(2, 'p'), 'Adam Smith');
  api.company(uuid(1, 'c'), 'Adacorp');
  api.company(uuid(2, 'c'), 'Globex');
  api.opportunity(uuid(1, 'o'), 'Ada renewal');
  api.listen();
});

const chosen = () => screen.getByTestId('value').textContent;

describe('TargetPicker', () => {
  it('lists exact and prefix name matches first whatever their type, each with its type', async () => {
    api.company(uuid(3, 'c'), 'Ada');
    const { user } = renderWithProviders(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Link to' }), 'ada');

    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(5));
    const names = screen
      .getAllByRole('option')
      .map((o) => o.querySelector('[slot="label"]')?.textContent);
    // The exact match leads although companies come after people; the prefix matches follow
    // in type order (people, companies, opportunities).
    expect(names).toEqual(['Ada', 'Ada Lovelace', 'Adam Smith', 'Adacorp', 'Ada renewal']);
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleDescription(/^Company/);
  });

  it('tells namesakes apart with a second line', async () => {
    api.company(uuid(4, 'c'), 'Lumen Health', {
      domainName: {
        primaryLinkUrl: 'https://lumen.health',
        primaryLinkLabel: '',
        secondaryLinks: null,
      },
    });
    api.person(uuid(3, 'p'), 'Maya Khan', {
      companyId: uuid(4, 'c'),
      emails: { primaryEmail: 'maya.khan@lumen.health', additionalEmails: null },
    });
    api.person(uuid(4, 'p'), 'Maya Rossi', {
      emails: { primaryEmail: 'maya@rossi.test', additionalEmails: null },
    });
    api.opportunity(uuid(2, 'o'), 'Maya pilot', { companyId: uuid(4, 'c'), stage: 'PROPOSAL' });
    const { user } = renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Link to' });
    await user.type(input, 'maya');

    expect(
      await screen.findByRole('option', {
        name: 'Maya Khan',
        description: 'Person · Lumen Health · maya.khan@lumen.health',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: 'Maya Rossi', description: 'Person · maya@rossi.test' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', {
        name: 'Maya pilot',
        description: 'Opportunity · Lumen Health · Proposal',
      }),
    ).toBeInTheDocument();
  });

  it('highlights the first option, so Enter adds the best match at once', async () => {
    api.company(uuid(3, 'c'), 'Ada');
    const { user } = renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Link to' });
    await user.type(input, 'ada');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(5));

    await waitFor(() => {
      const active = input.getAttribute('aria-activedescendant');
      expect(active && document.getElementById(active)).toHaveAccessibleName('Ada');
    });
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('Ada');
  });

  it('waits for typing to pause before searching', async () => {
    const { user } = renderWithProviders(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Link to' }), 'glob');
    await screen.findByRole('option', { name: 'Globex' });
    // The whole word is searched once, and never one search per key press. (A loaded machine
    // can pause between two key presses for longer than the debounce, so an early "glo" search
    // may come first: the count is bounded, not exact.)
    await waitFor(() => expect(api.calls(/GET \/rest\/companies\?.*glob/)).toHaveLength(1));
    expect(api.calls(/GET \/rest\/companies\?/).length).toBeLessThan('glob'.length);
  });

  it('moves with the arrow keys, adds with Enter, removes with Backspace', async () => {
    const { user } = renderWithProviders(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Link to' });
    await user.type(input, 'ada');
    // Every group has answered, so the order of the options is settled.
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));

    // From the highlighted first option past both people to the company.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)).toHaveTextContent('Adacorp');
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('Adacorp');
    expect(input).toHaveValue('');

    await user.type(input, 'ada');
    await screen.findByRole('option', { name: 'Ada Lovelace' });
    // Chosen records are not offered again.
    expect(screen.queryByRole('option', { name: 'Adacorp' })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(chosen()).toBe('Adacorp, Ada Lovelace');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    const chips = screen.getByRole('list', { name: 'Linked records' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(2);

    await user.keyboard('{Backspace}');
    expect(chosen()).toBe('Adacorp');
  });

  it('removes a chip with its remove button', async () => {
    const { user } = renderWithProviders(
      <Harness
        initial={[
          { kind: 'person', id: uuid(1, 'p'), name: 'Ada Lovelace' },
          { kind: 'company', id: uuid(2, 'c'), name: 'Globex' },
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove Ada Lovelace' }));
    expect(chosen()).toBe('Globex');
  });

  it('says when nothing matches', async () => {
    const { user } = renderWithProviders(<Harness />);
    await user.type(screen.getByRole('combobox', { name: 'Link to' }), 'zzz');
    await waitFor(() => expect(screen.getByText('Nothing matches "zzz".')).toBeInTheDocument());
  });
});
