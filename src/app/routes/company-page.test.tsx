import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { RELATED_CONCURRENCY } from '@/features/records/api/queries';
import { RecordDetailPage } from './record-detail-page';

const ACME = uuid(1, 'c');
const ADA = uuid(1, 'a');
const GRACE = uuid(2, 'a');
const DEAL = uuid(1, 'd');
const task = (n: number) => uuid(n, 'b');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.company(ACME, 'Acme Corp', {
    domainName: { primaryLinkUrl: 'acme.test' },
    employees: 1200,
    address: { addressStreet1: '1 Main St', addressCity: 'Lyon', addressCountry: 'France' },
  });
  api.person(ADA, 'Ada Lovelace', { companyId: ACME, jobTitle: 'CTO' });
  api.person(GRACE, 'Grace Hopper', { companyId: ACME });
  api.opportunity(DEAL, 'Acme renewal', { companyId: ACME, pointOfContactId: ADA });
  api.task(task(1), { title: 'Quarterly review' }, [{ companyId: ACME }]);
  api.task(task(2), { title: 'Call Ada' }, [{ personId: ADA }]);
  api.task(task(3), { title: 'Send the contract', status: 'IN_PROGRESS' }, [
    { opportunityId: DEAL },
  ]);
  api.link(task(1), { personId: GRACE });
  api.listen();
});

const renderCompany = () =>
  renderWithProviders(<RecordDetailPage kind="company" />, {
    path: '/companies/:id',
    route: `/companies/${ACME}`,
  });
const panel = () => screen.getByRole('region', { name: /^Tasks/ });

describe('company page', () => {
  it('shows its fields, its people and opportunities as links, and only its own tasks by default', async () => {
    renderCompany();
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Corp' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'acme.test' })).toHaveAttribute(
      'href',
      'https://acme.test/',
    );
    expect(screen.getByText('1 Main St, Lyon, France')).toBeVisible();
    expect(screen.getByText(new Intl.NumberFormat().format(1200))).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      `/people/${ADA}`,
    );
    expect(screen.getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute(
      'href',
      `/people/${GRACE}`,
    );
    expect(screen.getByRole('link', { name: 'Acme renewal' })).toHaveAttribute(
      'href',
      `/opportunities/${DEAL}`,
    );

    expect(await within(panel()).findByRole('link', { name: 'Quarterly review' })).toBeVisible();
    const toggle = screen.getByRole('checkbox', {
      name: 'Include tasks of people and opportunities',
    });
    expect(toggle).not.toBeChecked();
    expect(within(panel()).queryByText('Call Ada')).not.toBeInTheDocument();
    expect(api.calls(/^GET \/rest\/people\//)).toEqual([]);
  });

  it('adds the tasks of its people and opportunities with the toggle, each marked "via"', async () => {
    const { user } = renderCompany();
    await within(await screen.findByRole('region', { name: /^Tasks/ })).findByText(
      'Quarterly review',
    );

    await user.click(
      screen.getByRole('checkbox', { name: 'Include tasks of people and opportunities' }),
    );
    const adaRow = (await within(panel()).findByRole('link', { name: 'Call Ada' })).closest('li')!;
    expect(adaRow).toHaveTextContent('via Ada Lovelace');
    expect(within(adaRow).queryByRole('button', { name: /Unlink/ })).not.toBeInTheDocument();

    const contractRow = within(panel())
      .getByRole('link', { name: 'Send the contract' })
      .closest('li')!;
    expect(contractRow).toHaveTextContent('via Acme renewal');
    expect(
      within(screen.getByRole('group', { name: /^In progress/ })).getByText('Send the contract'),
    ).toBeVisible();

    // Linked directly and through Grace: shown once, unlinkable from the company.
    const reviewRows = within(panel()).getAllByRole('link', { name: 'Quarterly review' });
    expect(reviewRows).toHaveLength(1);
    const reviewRow = reviewRows[0]!.closest('li')!;
    expect(reviewRow).toHaveTextContent('via Grace Hopper');
    expect(
      within(reviewRow).getByRole('button', { name: 'Unlink Quarterly review' }),
    ).toBeVisible();

    // One depth=1 read per person and opportunity, and the tasks still in a single request.
    expect(api.calls(/^GET \/rest\/people\//)).toHaveLength(2);
    expect(api.calls(/^GET \/rest\/opportunities\//)).toHaveLength(1);
    expect(api.calls(/^GET \/rest\/companies\//)).toHaveLength(1);
    await waitFor(() => expect(api.calls(/^GET \/rest\/tasks/)).toHaveLength(2));
    expect(api.calls(/taskTargets/)).toEqual([]);

    await user.click(
      screen.getByRole('checkbox', { name: 'Include tasks of people and opportunities' }),
    );
    await waitFor(() => expect(within(panel()).queryByText('Call Ada')).not.toBeInTheDocument());
  });

  it(`reads the depth=1 views of many people at most ${RELATED_CONCURRENCY} at a time`, async () => {
    for (let n = 10; n < 22; n++) api.person(uuid(n, 'a'), `P${n} X`, { companyId: ACME });
    let inFlight = 0;
    let peak = 0;
    server.use(
      http.get('*/rest/people/:id', async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await delay(5);
        inFlight--;
        return undefined;
      }),
    );
    const { user } = renderCompany();
    await within(await screen.findByRole('region', { name: /^Tasks/ })).findByText(
      'Quarterly review',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Include tasks of people and opportunities' }),
    );
    expect(await within(panel()).findByText('Call Ada')).toBeVisible();
    expect(api.calls(/^GET \/rest\/people\//)).toHaveLength(14);
    expect(peak).toBeLessThanOrEqual(RELATED_CONCURRENCY);
  });

  it('unlinks a task from the company and Undo brings it back', async () => {
    const { user } = renderCompany();
    await user.click(await screen.findByRole('button', { name: 'Unlink Quarterly review' }));
    expect(within(panel()).queryByText('Quarterly review')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'No tasks linked to Acme Corp yet' }),
    ).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(panel()).findByRole('link', { name: 'Quarterly review' })).toBeVisible();
    await waitFor(() =>
      expect(
        [...api.taskTargets.values()].some((t) => t.taskId === task(1) && t.companyId === ACME),
      ).toBe(true),
    );
  });
});
