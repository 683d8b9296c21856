import { AssigneeCombobox } from '../../fields/assignee-combobox';
import styles from './new-task-dialog.module.css';

/** The new task's assignee, searched on the server; '' is "Unassigned". */
export function AssigneeField({
  value,
  onChange,
  isDisabled,
}: {
  value: string;
  onChange: (value: string) => void;
  isDisabled: boolean;
}) {
  return (
    <AssigneeCombobox
      label="Assignee"
      className={styles.field}
      value={value || null}
      emptyLabel="Unassigned"
      isDisabled={isDisabled}
      onChange={(memberId) => onChange(memberId ?? '')}
    />
  );
}
