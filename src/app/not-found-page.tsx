import { useLocation } from 'react-router-dom';
import { StatusPage } from '@/components/ui/status-page';
import { paths } from '@/config/paths';

/** Any URL no route knows. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <StatusPage
      code="404"
      title="Page not found"
      text={
        <>
          There is no page at <code>{pathname}</code>. The link may be old or mistyped.
        </>
      }
      back={{ to: paths.tasks(), label: 'Go to the task board' }}
    />
  );
}
