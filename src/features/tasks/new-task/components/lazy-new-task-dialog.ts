import { lazyComponent } from '@/lib/lazy-component';

// The dialog (form, record picker, link workflow) is not in the first load of the pages that
// offer it: it is fetched when the browser is idle, or on hover or focus of a New task button.
export const newTaskDialog = lazyComponent(
  () => import('./new-task-dialog'),
  (module) => module.NewTaskDialog,
);
export const prefetchNewTaskDialog = () => void newTaskDialog.prefetch().catch(() => undefined);
