import { StatusPage } from '@/components/ui/status-page';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import type { RecordKind } from '@/domain/types';
import { kindLabels } from '../format';

/** An unknown or malformed record id: say so, and lead back to the list. */
export function RecordNotFound({ kind }: { kind: RecordKind }) {
  const labels = kindLabels[kind];
  const title = `We couldn't find this ${labels.singular}`;
  useDocumentTitle(title);
  return (
    <StatusPage
      code="404"
      title={title}
      text="It may have been deleted, or the link may be wrong."
      back={{ to: paths.records(kind), label: `Back to ${labels.plural}` }}
      backTone="secondary"
    />
  );
}
