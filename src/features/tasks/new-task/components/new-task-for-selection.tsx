import { useBackend } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import { newTaskPlan } from '../../capability-views';
import { useRecordSelection } from '../use-record-selection';
import { NewTaskButton } from './new-task-button';
import { OneTaskPerRecordButton } from './one-task-per-record';
import styles from './selection.module.css';

/** "New task for N selected": one task linked to every selected record, or one task per
 *  record where the backend cannot hang one task on all of them. */
export function NewTaskForSelection() {
  const selection = useRecordSelection();
  const { capabilities } = useBackend();
  const count = selection?.selected.length ?? 0;
  if (!selection || count === 0) return null;
  const plan = newTaskPlan(capabilities, count);
  return (
    <div className={styles.bar} role="group" aria-label="Selection">
      {plan === 'none' ? null : plan === 'one-per-record' ? (
        <OneTaskPerRecordButton
          key={selection.selected.map((r) => r.id).join(',')}
          records={selection.selected}
          label={count === 1 ? 'New task for 1 selected' : `One task for each of ${count} selected`}
          onCreated={selection.clear}
        />
      ) : (
        <NewTaskButton
          // A new selection is a new context: its own draft, its own targets.
          key={selection.selected.map((r) => r.id).join(',')}
          initialTargets={selection.selected}
          label={`New task for ${count} selected`}
          shortcut
          onCreated={selection.clear}
        />
      )}
      <Button variant="ghost" onClick={selection.clear}>
        Clear selection
      </Button>
    </div>
  );
}
