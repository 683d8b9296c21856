import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

// Placeholder from the app shell so the router compiles; the task board (issue 3) replaces it.
export function TaskBoardPage() {
  return (
    <>
      <PageHeader title="Tasks" />
      <EmptyState title="The task board is not built yet" description="It arrives with issue 3." />
    </>
  );
}
