import { isNotFound } from '@/backends/api-error';
import { ErrorState } from '@/components/ui/error-state';
import { StatusPage } from '@/components/ui/status-page';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';

export type BackLink = { to: string; label: string };

const defaultBack: BackLink = { to: paths.tasks(), label: 'Go to the task board' };

/**
 * A page that failed, inside the app's frame (RouteBoundary): a 404 from the backend reads as "record not
 * found"; anything else (a failed request, a page whose code did not download) gets a Retry.
 */
export function RouteErrorView({
  error,
  back = defaultBack,
  onRetry,
}: {
  error: unknown;
  back?: BackLink;
  onRetry: () => void;
}) {
  const missing = isNotFound(error);
  useDocumentTitle(missing ? 'Record not found' : 'Something went wrong');

  if (missing) {
    return (
      <StatusPage
        code="404"
        title="Record not found"
        text="It may have been deleted, or the link may be wrong."
        back={back}
      />
    );
  }
  return (
    <StatusPage title="This page could not be shown" back={back} backTone="ghost">
      <ErrorState error={error} onRetry={onRetry} />
    </StatusPage>
  );
}
