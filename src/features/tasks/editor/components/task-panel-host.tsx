import { lazy, Suspense } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { panelTaskId } from '@/components/task-link';

// Loaded on first use, so pages that never open a task do not download the editor.
const TaskEditorPanel = lazy(async () => {
  const { TaskEditorPanel: Panel } = await import('./task-editor-panel');
  return { default: Panel };
});

/** Renders the task editor panel over the current page while a task link has opened one. */
export function TaskPanelHost() {
  const location = useLocation();
  const navigate = useNavigate();
  const taskId = panelTaskId(location);
  if (!taskId) return null;

  const close = () => {
    // The entry before a panel is always the page it opened over (see TaskLink), so Back is
    // the close that also leaves Forward able to reopen it. A first entry has nothing before.
    if (location.key !== 'default') {
      void navigate(-1);
    } else {
      const { pathname, search, hash } = location;
      void navigate({ pathname, search, hash }, { replace: true });
    }
  };

  return (
    <Suspense fallback={null}>
      <TaskEditorPanel key={taskId} taskId={taskId} onClose={close} />
    </Suspense>
  );
}
