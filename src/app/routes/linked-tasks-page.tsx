import { useParams, useSearchParams } from 'react-router-dom';
import { LinkedTasks } from '@/features/tasks/contact/linked-tasks';

/** `/linked/:kind/:id`: the tasks linked to something the backend names (a contact). */
export function LinkedTasksPage() {
  const { kind = '', id = '' } = useParams();
  const [params] = useSearchParams();
  return <LinkedTasks key={`${kind}:${id}`} kind={kind} id={id} name={params.get('name')} />;
}
