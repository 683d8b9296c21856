import { describe, expect, it } from 'vitest';
import { domainHref, formatAddress, formatDate, formatMoney, humanize, isRecordId } from './format';

describe('record formatting', () => {
  it('formats an amount in micros with its currency', () => {
    const expected = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(125000);
    expect(formatMoney({ amountMicros: 125_000_000_000, currencyCode: 'EUR' })).toBe(expected);
    expect(formatMoney(null)).toBeNull();
  });

  it('still shows an amount whose currency code Intl does not know', () => {
    expect(formatMoney({ amountMicros: 5_000_000, currencyCode: 'NOTACODE' })).toMatch(
      /5.*NOTACODE/,
    );
  });

  it('reads select values as words', () => {
    expect(humanize('CLOSED_WON')).toBe('Closed won');
    expect(humanize(null)).toBeNull();
  });

  it('joins the parts of an address that are present', () => {
    expect(
      formatAddress({
        street1: '1 Main St',
        street2: null,
        city: 'Lyon',
        postcode: '69001',
        state: null,
        country: 'France',
      }),
    ).toBe('1 Main St, 69001 Lyon, France');
    expect(
      formatAddress({
        street1: '',
        street2: null,
        city: null,
        postcode: null,
        state: null,
        country: null,
      }),
    ).toBeNull();
  });

  it('links a bare domain over https and refuses other schemes', () => {
    expect(domainHref('acme.com')).toBe('https://acme.com/');
    expect(domainHref('http://acme.com')).toBe('http://acme.com/');
    expect(domainHref('javascript:alert(1)') ?? '').not.toMatch(/^javascript:/i);
  });

  it('accepts only UUIDs as record ids', () => {
    expect(isRecordId('1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(true);
    expect(isRecordId('not-an-id')).toBe(false);
    expect(isRecordId(undefined)).toBe(false);
  });
});

describe('formatDate', () => {
  it('shows a close date stored as UTC midnight as that calendar day', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(Date.UTC(2026, 2, 1));
    expect(formatDate('2026-03-01T00:00:00.000Z')).toBe(expected);
    expect(formatDate('2026-03-01')).toBe(expected);
    expect(formatDate('not a date')).toBeNull();
  });
});
