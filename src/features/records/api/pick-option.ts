import type { RecordByKind, RecordKind, RecordSummary } from '@/domain/types';
import { domainLabel, humanize } from '../format';

/**
 * A "Link to" search hit: the record, plus what tells namesakes apart (a person's email and
 * company, a company's domain, an opportunity's company and stage).
 */
export type PickOption = RecordSummary & {
  email?: string | null;
  domain?: string | null;
  stage?: string | null;
  companyId?: string | null;
};

export function toPickOption(kind: RecordKind, record: RecordByKind[RecordKind]): PickOption {
  const base = { kind, id: record.id, name: record.name };
  if ('email' in record) return { ...base, email: record.email, companyId: record.companyId };
  if ('domain' in record) return { ...base, domain: record.domain };
  if ('stage' in record) return { ...base, stage: record.stage, companyId: record.companyId };
  return base;
}

/**
 * The option's second line: "company · email" for a person, the domain for a company,
 * "company · stage" for an opportunity. `companyName` is the linked company's name once read.
 */
export function optionDetail(option: PickOption, companyName: string | null | undefined): string {
  const parts =
    option.kind === 'company'
      ? [option.domain ? domainLabel(option.domain.trim()) : null]
      : option.kind === 'person'
        ? [companyName, option.email]
        : [companyName, humanize(option.stage ?? null)];
  return parts.filter((part): part is string => Boolean(part?.trim())).join(' · ');
}
