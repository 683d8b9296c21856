import type { PickOption } from '@/features/records/api/queries';
import type { RecordKind } from '@/domain/types';

// Options of the "Link to" picker, as the search answers them: a kind, an id and a name, plus
// whatever a test needs of the second line (email, company, domain, stage).

type Build = (id: string, name: string, over?: Partial<PickOption>) => PickOption;

const ofKind =
  (kind: RecordKind): Build =>
  (id, name, over = {}) => ({ kind, id, name, ...over });

export const person = ofKind('person');
export const company = ofKind('company');
export const opportunity = ofKind('opportunity');
