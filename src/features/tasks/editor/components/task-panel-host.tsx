import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { panelTaskId, TASK_LINK_ATTRIBUTE } from '@/components/task-link';
import { lazyComponent, whenIdle } from '@/lib/lazy-component';
import { focusTask } from '@/components/task-focus/task-focus';

// Not in any page's first load: fetched when the browser is idle, or as soon as the pointer or
// the focus reaches a link to a task, so that the click finds it there.
const editorPanel = lazyComponent(
  () => import('./task-editor-panel'),
  (module) => module.TaskEditorPanel,
);
const prefetchEditor = () => void editorPanel.prefetch().catch(() => undefined);

function usePrefetchOnTaskLinks() {
  useEffect(() => {
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(`[${TASK_LINK_ATTRIBUTE}]`)) {
        prefetchEditor();
      }
    };
    document.addEventListener('pointerover', onIntent, { passive: true });
    document.addEventListener('focusin', onIntent);
    const cancelIdle = whenIdle(prefetchEditor);
    return () => {
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
      cancelIdle();
    };
  }, []);
}

/** Renders the task editor panel over the current page while a task link has opened one. */
export function TaskPanelHost() {
  const location = useLocation();
  const navigate = useNavigate();
  const taskId = panelTaskId(location);
  usePrefetchOnTaskLinks();
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
    // Back to the task's title on the page underneath, the link that opened the panel. React
    // Aria gives the focus back to that link only while it is still there; a status changed in
    // the panel moves the card to another column, as a new element.
    // After a delete there is no title: the page's main region takes the focus.
    focusTask({ taskId, part: 'title', fallback: () => document.querySelector('main') });
  };

  return (
    <ChunkBoundary
      title="Could not open the task"
      compact
      fallback={<PendingNote floating>Opening the task…</PendingNote>}
    >
      <editorPanel.Component key={taskId} taskId={taskId} onClose={close} />
    </ChunkBoundary>
  );
}
