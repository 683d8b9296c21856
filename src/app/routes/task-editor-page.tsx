import { Link, useNavigate, useParams } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { isRecordId } from '@/features/records/format';
import { TaskEditor } from '@/features/tasks/editor/components/task-editor';
import { usesFullEditor } from '@/features/tasks/capability-views';
import { TaskDetail } from '@/features/tasks/detail/task-detail';
import styles from './task-editor-page.module.css';

/** `/tasks/:id` opened on its own (a shared link, a reload): the task editor as a page. */
export function TaskEditorPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { capabilities } = useBackend();
  const back = (
    <Link to={paths.tasks()} className={buttonClass('secondary', 'sm')}>
      Go to the task board
    </Link>
  );
  return (
    <div className={styles.page}>
      <Link to={paths.tasks()} className={styles.back}>
        ← Tasks
      </Link>
      <div className={styles.card}>
        {!usesFullEditor(capabilities) && id !== '' ? (
          // Another backend's ids need not be uuids (Rolodex: task_12345).
          <TaskDetail key={id} taskId={id} leave={back} />
        ) : isRecordId(id) ? (
          <TaskEditor
            key={id}
            taskId={id}
            headingLevel={1}
            onDeleted={() => void navigate(paths.tasks(), { replace: true })}
            leave={back}
          />
        ) : (
          // Not an id at all: nothing to ask the server.
          <div className={styles.gone}>
            <h1 className={styles.goneTitle}>This task no longer exists</h1>
            <p>The link may be wrong.</p>
            {back}
          </div>
        )}
      </div>
    </div>
  );
}
