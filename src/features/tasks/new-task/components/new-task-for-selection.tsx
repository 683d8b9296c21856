import { Button } from '@/components/ui/button';
import { useRecordSelection } from '../use-record-selection';
import { NewTaskButton } from './new-task-button';
import styles from './selection.module.css';

/** "New task for N selected": one task linked to every selected record. */
export function NewTaskForSelection() {
  const selection = useRecordSelection();
  const count = selection?.selected.length ?? 0;
  if (!selection || count === 0) return null;
  return (
    <div className={styles.bar} role="group" aria-label="Selection">
      <NewTaskButton
        // A new selection is a new context: its own draft, its own targets.
        key={selection.selected.map((r) => r.id).join(',')}
        initialTargets={selection.selected}
        label={`New task for ${count} selected`}
        onCreated={selection.clear}
      />
      <Button variant="ghost" onClick={selection.clear}>
        Clear selection
      </Button>
    </div>
  );
}
