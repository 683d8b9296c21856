import { Link } from 'react-router-dom';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
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
    <PageHeader
      title={title}
      description={`It may have been deleted, or the link may be wrong.`}
      actions={
        <Link to={paths.records(kind)} className={buttonClass('secondary')}>
          Back to {labels.plural}
        </Link>
      }
    />
  );
}
