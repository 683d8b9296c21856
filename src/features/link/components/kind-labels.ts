import type { RecordKind } from '@/domain/types';

export const KIND_LABELS: Record<RecordKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  company: { singular: 'Company', plural: 'Companies' },
  opportunity: { singular: 'Opportunity', plural: 'Opportunities' },
};
