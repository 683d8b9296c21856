import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBody, wirePerson } from '@/backends/dalil/wire-fixtures';
import {
  createFakeDalilApi,
  errorResponse,
  uuid,
  type FakeDalilApi,
} from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { RecordListPage } from './record-list-page';

const ACME = uuid(1, 'c');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.listen();
});

const person = (n: number, first: string, over: Record<string, unknown> = {}) =>
  api.person(uuid(n, 'a'), `${first} Tester`, {
    emails: { primaryEmail: `${first.toLowerCase()}@example.com` },
    ...over,
  });
const filtersOf = (path: string) =>
  api.requests('GET', path).map((req) => req.params.get('filter') ?? '');

const renderList = (kind: 'person' | 'company' | 'opportunity', route: string) =>
  renderWithProviders(<RecordListPage kind={kind} />, { path: route.split('?')[0], route });

describe('people list', () => {
  it('shows a skeleton, then people with email, company and job title, linking to their pages', async () => {
    person(1, 'Ada', { companyId: ACME, jobTitle: 'CTO' });
    person(2, 'Grace');
    api.company(ACME, 'Acme Corp');
    renderList('person', '/people');
    expect(screen.getByRole('status')).toHaveTextContent(/loading people/i);

    const table = await screen.findByRole('table', { name: 'People' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Ada Tester' })).toHaveAttribute(
      'href',
      `/people/${uuid(1, 'a')}`,
    );
    expect(within(rows[1]!).getByRole('link', { name: 'ada@example.com' })).toHaveAttribute(
      'href',
      'mailto:ada@example.com',
    );
    expect(await within(rows[1]!).findByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
      'href',
      `/companies/${ACME}`,
    );
    expect(within(rows[1]!).getByText('CTO')).toBeVisible();
    expect(screen.getByText('2 people')).toBeVisible();
    // Company names come in one batch for the page.
    const companyLookups = filtersOf('/rest/companies');
    expect(companyLookups).toHaveLength(1);
    expect(companyLookups[0]).toContain(ACME);
  });

  it('searches by name through the URL, and offers to clear a search that finds nothing', async () => {
    person(1, 'Ada');
    person(2, 'Grace');
    const { user, router } = renderList('person', '/people');
    await screen.findByRole('table', { name: 'People' });

    await user.type(screen.getByRole('searchbox', { name: 'Search people by name' }), 'zzz');
    expect(
      await screen.findByRole('heading', { name: 'No people match “zzz”' }, { timeout: 2000 }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?q=zzz');
    // Debounced: one request for the whole word, not one per key.
    const searches = filtersOf('/rest/people');
    expect(searches.filter((f) => f.includes('z'))).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByRole('table', { name: 'People' })).toBeVisible();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search people by name' })).toHaveValue('');
  });

  it('starts from the search in the URL', async () => {
    person(1, 'Ada');
    renderList('person', '/people?q=ada');
    expect(await screen.findByRole('link', { name: 'Ada Tester' })).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search people by name' })).toHaveValue('ada');
  });

  it('says so when there are no people yet, with a next step', async () => {
    renderList('person', '/people');
    expect(await screen.findByRole('heading', { name: 'No people yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Open the task board' })).toHaveAttribute(
      'href',
      '/tasks',
    );
  });

  it('shows an error with Retry, and the list once Retry works', async () => {
    person(1, 'Ada');
    api.fail('GET /rest/people', { status: 400, message: 'The people list is unavailable' });
    const { user } = renderList('person', '/people');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load people');
    expect(alert).toHaveTextContent('The people list is unavailable');
    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Ada Tester' })).toBeVisible();
  });

  it('pages with the cursor, and a failed page offers Retry instead of stopping silently', async () => {
    // Pages of one person: a page size of the test's own, so this list answers by itself.
    const tester = (n: number, first: string) =>
      wirePerson(uuid(n, 'a'), { name: { firstName: first, lastName: 'Tester' } });
    let failSecond = true;
    server.use(
      http.get('*/rest/people', ({ request }) => {
        const after = new URL(request.url).searchParams.get('starting_after');
        if (!after) {
          return HttpResponse.json(
            listBody('people', [tester(1, 'Ada')], {
              pageInfo: { hasNextPage: true, startCursor: 'c0', endCursor: 'cursor-1' },
              totalCount: 2,
            }),
          );
        }
        if (after !== 'cursor-1') return errorResponse(400, 'Invalid cursor');
        if (failSecond) return errorResponse(400, 'Try again');
        return HttpResponse.json(listBody('people', [tester(2, 'Grace')], { totalCount: 1 }));
      }),
    );
    const { user } = renderList('person', '/people');
    expect(await screen.findByText('Showing 1 of 2 people')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Load more people' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load more people');
    expect(screen.getByRole('link', { name: 'Ada Tester' })).toBeVisible();

    failSecond = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Grace Tester' })).toBeVisible();
    expect(screen.getByText('2 people')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
  });

  it('selects every loaded row, across pages, with the header box', async () => {
    const tester = (n: number, first: string) =>
      wirePerson(uuid(n, 'a'), { name: { firstName: first, lastName: 'Tester' } });
    server.use(
      http.get('*/rest/people', ({ request }) =>
        new URL(request.url).searchParams.get('starting_after')
          ? HttpResponse.json(listBody('people', [tester(2, 'Grace')], { totalCount: 1 }))
          : HttpResponse.json(
              listBody('people', [tester(1, 'Ada')], {
                pageInfo: { hasNextPage: true, startCursor: 'c0', endCursor: 'cursor-1' },
                totalCount: 2,
              }),
            ),
      ),
    );
    const { user } = renderList('person', '/people');
    await user.click(await screen.findByRole('button', { name: 'Load more people' }));
    expect(await screen.findByRole('link', { name: 'Grace Tester' })).toBeVisible();

    const selectAll = screen.getByRole('checkbox', { name: 'Select all people' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Grace Tester' }));
    expect(selectAll).toBePartiallyChecked();
    await user.click(selectAll);
    expect(screen.getByRole('checkbox', { name: 'Select Ada Tester' })).toBeChecked();
    expect(screen.getByRole('button', { name: /2 selected/ })).toBeVisible();
    await user.click(selectAll);
    expect(screen.queryByRole('button', { name: /selected/ })).not.toBeInTheDocument();
  });

  it('shows a malformed list answer as an error', async () => {
    server.use(
      http.get('*/rest/people', () => HttpResponse.json({ data: { people: [{ id: 1 }] } })),
    );
    renderList('person', '/people');
    expect(await screen.findByRole('alert')).toHaveTextContent(/unexpected format/i);
  });
});

describe('companies and opportunities lists', () => {
  it('shows companies with domain, employees and city', async () => {
    api.company(ACME, 'Acme Corp', {
      domainName: { primaryLinkUrl: 'acme.test' },
      employees: 1200,
      address: { addressCity: 'Lyon' },
    });
    renderList('company', '/companies');
    const row = (await screen.findByRole('link', { name: 'Acme Corp' })).closest('tr')!;
    expect(within(row).getByText('acme.test')).toBeVisible();
    expect(within(row).getByText(new Intl.NumberFormat().format(1200))).toBeVisible();
    expect(within(row).getByText('Lyon')).toBeVisible();
  });

  it('shows opportunities with amount in its currency, stage and close date', async () => {
    api.opportunity(uuid(1, 'd'), 'Acme renewal', {
      amount: { amountMicros: 2_500_000, currencyCode: 'JPY' },
      stage: 'NEGOTIATION',
      closeDate: '2026-06-30T00:00:00.000Z',
    });
    renderList('opportunity', '/opportunities');
    const row = (await screen.findByRole('link', { name: 'Acme renewal' })).closest('tr')!;
    const yen = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'JPY',
      maximumFractionDigits: 2,
    }).format(2.5);
    expect(within(row).getByText(yen)).toBeVisible();
    expect(within(row).getByText('Negotiation')).toBeVisible();
    await waitFor(() => expect(row).toHaveTextContent('2026'));
  });
});
