import { useBackend } from '@/backends/backend-context';
import { useShiftIntent } from '@/lib/shift-range';
import { bulkActions } from './bulk-capabilities';
import { useIsTaskSelected, useTaskSelectionStore } from './use-task-selection';
import styles from './select-task-checkbox.module.css';

/**
 * A card's or a row's box for bulk actions: a click toggles, Shift+click (or Shift+Space) sets
 * the range from the last one toggled. Hidden until the card is hovered or focused, or anything
 * is selected (a touch screen always shows it).
 */
export function SelectTaskCheckbox({ taskId, title }: { taskId: string; title: string }) {
  const store = useTaskSelectionStore();
  const selected = useIsTaskSelected(taskId);
  const shift = useShiftIntent();
  const { capabilities } = useBackend();
  if (!store || !bulkActions(capabilities).any) return null;
  return (
    <input
      type="checkbox"
      className={styles.box}
      aria-label={`Select ${title}`}
      checked={selected}
      {...shift.handlers}
      onChange={(event) => store.toggle(taskId, shift.read(event))}
    />
  );
}
