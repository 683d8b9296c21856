import type { ReactNode } from 'react';
import { useRecordSelection } from '../use-record-selection';
import styles from './selection.module.css';

type ColumnLike<T> = { header: string; cell: (row: T) => ReactNode };

/**
 * The list's columns with a checkbox column in front, when the page provides a selection.
 * Generic over the list's own column type, so the records feature keeps its table.
 */
export function useSelectableColumns<T extends { id: string; name: string }>(
  columns: readonly ColumnLike<T>[],
): readonly ColumnLike<T>[] {
  const selection = useRecordSelection();
  if (!selection) return columns;
  const select: ColumnLike<T> = {
    header: 'Select',
    cell: (row) => (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label={`Select ${row.name}`}
        checked={selection.isSelected(row.id)}
        onChange={(event) =>
          selection.toggle(
            { kind: selection.kind, id: row.id, name: row.name },
            event.target.checked,
          )
        }
      />
    ),
  };
  return [select, ...columns];
}
