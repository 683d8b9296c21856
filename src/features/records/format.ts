import { RECORD_KINDS, type Address, type Money, type RecordKind } from '@/domain/types';
import { RECORD_KIND_LABELS } from '@/domain/labels';

// Numbers and dates are formatted with Intl in the browser's locale (undefined = the user's).

export function formatMoney(money: Money | null): string | null {
  if (!money || !Number.isFinite(money.amountMicros)) return null;
  const amount = money.amountMicros / 1_000_000;
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: money.currencyCode,
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    }).format(amount);
  } catch {
    // An unknown currency code: show the number and the code rather than nothing.
    return `${new Intl.NumberFormat().format(amount)} ${money.currencyCode}`.trim();
  }
}

export function formatCount(value: number | null): string | null {
  return value === null ? null : new Intl.NumberFormat().format(value);
}

/** A calendar date (close dates, due dates) without a time. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A bare date stored as UTC midnight is that calendar day everywhere, not the evening before.
  const utcMidnight =
    /T00:00(:00(\.0+)?)?(Z|\+00:?00)$/.test(iso) || /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    ...(utcMidnight ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** `CLOSED_WON` -> `Closed won`: select values read as words. */
export function humanize(value: string | null): string | null {
  if (!value) return null;
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatAddress(address: Address | null): string | null {
  if (!address) return null;
  const cityLine = [address.postcode, address.city].filter(Boolean).join(' ');
  const parts = [address.street1, address.street2, cityLine, address.state, address.country];
  const text = parts.filter((part) => part && part.trim() !== '').join(', ');
  return text === '' ? null : text;
}

/** A domain as a link: the stored value may lack a scheme ("acme.com"). */
export function domainHref(domain: string): string | null {
  const withScheme = /^https?:\/\//i.test(domain) ? domain : `https://${domain}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function domainLabel(domain: string): string {
  return domain.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** A kind's words inside a sentence ("3 people") and as a page title ("People"). */
export const kindLabels = Object.fromEntries(
  RECORD_KINDS.map((kind) => {
    const { singular, plural } = RECORD_KIND_LABELS[kind];
    return [
      kind,
      { singular: singular.toLowerCase(), plural: plural.toLowerCase(), title: plural },
    ];
  }),
) as Record<RecordKind, { singular: string; plural: string; title: string }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs on every backend; anything else cannot name a record. */
export const isRecordId = (id: string | undefined): id is string => !!id && UUID.test(id);
