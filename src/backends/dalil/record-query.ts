import type { RecordKind } from '@/domain/types';
import { and, contains, or, type Filter } from './filter';
import type { OrderBy } from './params';

// How each record kind is named on the wire, searched by name and sorted.

export const PLURAL = {
  person: 'people',
  company: 'companies',
  opportunity: 'opportunities',
} as const satisfies Record<RecordKind, string>;

export const SINGULAR = {
  person: 'person',
  company: 'company',
  opportunity: 'opportunity',
} as const satisfies Record<RecordKind, string>;

const SEARCH_FIELDS: Record<RecordKind, readonly string[]> = {
  person: ['name.firstName', 'name.lastName', 'emails.primaryEmail'],
  company: ['name', 'domainName.primaryLinkUrl'],
  opportunity: ['name'],
};

/**
 * Newest first. Real Twenty cannot follow a cursor over a composite key (`name.firstName`) nor
 * over a nullable one (a company's `name`), and would lose rows; createdAt is neither.
 */
export const RECORD_ORDER: OrderBy = [['createdAt', 'DescNullsLast']];

/**
 * Every word must appear in one of the kind's name fields, so "ada love" finds Ada Lovelace
 * although no single field holds both words.
 */
export function recordSearchFilter(
  kind: RecordKind,
  search: string | undefined,
): Filter | undefined {
  const words = (search ?? '').trim().split(/\s+/).filter(Boolean);
  return and(...words.map((word) => or(...SEARCH_FIELDS[kind].map((f) => contains(f, word)))));
}
