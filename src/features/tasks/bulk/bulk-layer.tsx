import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { BulkActionBar } from './bulk-action-bar';
import { useSelectedTasks, useTaskSelectionStore } from './use-task-selection';
import { useSelectionKeys } from './use-selection-keys';

/** The selection's keys, its page-wide marks, and the action bar. */
export function BulkLayer() {
  const store = useTaskSelectionStore();
  const selecting = useSelectedTasks().length > 0;
  useSelectionKeys(store);
  const { pathname } = useLocation();
  // Another page shows other tasks: nothing stays selected out of sight.
  useEffect(() => store?.clear(), [store, pathname]);
  // Every card and row shows its box while anything is selected.
  useEffect(() => {
    document.documentElement.toggleAttribute('data-selecting', selecting);
  }, [selecting]);
  return <BulkActionBar />;
}
