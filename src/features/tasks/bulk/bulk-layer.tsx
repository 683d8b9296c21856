import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { BulkActionBar } from './bulk-action-bar';
import { useSelectedTasks, useTaskSelectionStore } from './use-task-selection';

/** The selection's page-wide marks, and the action bar. */
export function BulkLayer() {
  const store = useTaskSelectionStore();
  const selecting = useSelectedTasks().length > 0;
  const { pathname } = useLocation();
  // Another page shows other tasks: nothing stays selected out of sight. (Not on mount: the
  // first box's click is what mounts this layer.)
  const page = useRef(pathname);
  useEffect(() => {
    if (page.current === pathname) return;
    page.current = pathname;
    store?.clear();
  }, [store, pathname]);
  // Every card and row shows its box while anything is selected.
  useEffect(() => {
    document.documentElement.toggleAttribute('data-selecting', selecting);
  }, [selecting]);
  return <BulkActionBar />;
}
