import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderWithProviders } from '@/testing/test-utils';
import { RecordDetailPage } from './record-detail-page';

const DEAL = uuid(1, 'd');
const ACME = uuid(1, 'c');
const ADA = uuid(1, 'a');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.company(ACME, 'Acme Corp');
  api.person(ADA);
  api.opportunity(DEAL, 'Acme renewal', {
    amount: { amountMicros: 48_500_000_000, currencyCode: 'USD' },
    stage: 'CLOSED_WON',
    closeDate: '2026-06-30T00:00:00.000Z',
    companyId: ACME,
    pointOfContactId: ADA,
  });
  api.listen();
});

const renderOpportunity = (id = DEAL) =>
  renderWithProviders(<RecordDetailPage kind="opportunity" />, {
    path: '/opportunities/:id',
    route: `/opportunities/${id}`,
  });

describe('opportunity page', () => {
  it('shows the amount with its currency, stage, close date, company and point of contact', async () => {
    api.task(uuid(1, 'b'), { title: 'Send the invoice' }, [{ opportunityId: DEAL }]);
    renderOpportunity();
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme renewal' })).toBeVisible();
    const details = screen.getByRole('region', { name: 'Details' });
    const amount = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(48500);
    expect(within(details).getByText(amount)).toBeVisible();
    expect(within(details).getByText('Closed won')).toBeVisible();
    expect(
      within(details).getByText(
        new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          Date.UTC(2026, 5, 30),
        ),
      ),
    ).toBeVisible();
    expect(within(details).getByRole('link', { name: 'Acme Corp' })).toHaveAttribute(
      'href',
      `/companies/${ACME}`,
    );
    expect(within(details).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      `/people/${ADA}`,
    );
    expect(await screen.findByRole('link', { name: 'Send the invoice' })).toBeVisible();
    expect(screen.queryByRole('checkbox', { name: /Include tasks/ })).not.toBeInTheDocument();
  });

  it('shows "not found" for an unknown opportunity', async () => {
    renderOpportunity(uuid(7, 'd'));
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this opportunity" }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to opportunities' })).toHaveAttribute(
      'href',
      '/opportunities',
    );
  });

  it('reads a 400 "Record not found" (older Twenty builds) as not found', async () => {
    api.fail('GET /rest/opportunities/:id', { status: 400, message: 'Record not found' });
    renderOpportunity();
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this opportunity" }),
    ).toBeVisible();
  });
});
