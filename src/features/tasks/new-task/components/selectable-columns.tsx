import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import type { RecordSummary } from '@/domain/types';
import { rangeIds, useShiftIntent } from '@/lib/shift-range';
import { useRecordSelection } from '../use-record-selection';
import { SelectAllCheckbox } from './select-all-checkbox';
import styles from './selection.module.css';

type ColumnLike<T> = {
  header: string;
  headerCell?: (rows: readonly T[]) => ReactNode;
  cell: (row: T, index: number, rows: readonly T[]) => ReactNode;
};

/**
 * The list's columns with a checkbox column in front, when the page provides a selection.
 * Generic over the list's own column type, so the records feature keeps its table.
 *
 * The header box selects or clears every row shown (all loaded pages). Shift with a click or
 * with Space on a row's box sets the whole range from the row last clicked to this one.
 */
export function useSelectableColumns<T extends { id: string; name: string }>(
  columns: readonly ColumnLike<T>[],
): readonly ColumnLike<T>[] {
  const selection = useRecordSelection();
  // The row last checked or unchecked: one end of the next shift-range.
  const anchor = useRef<string | null>(null);
  const shift = useShiftIntent();
  if (!selection) return columns;
  const summary = (row: T): RecordSummary => ({ kind: selection.kind, id: row.id, name: row.name });

  const onRowChange = (event: ChangeEvent<HTMLInputElement>, index: number, rows: readonly T[]) => {
    const withShift = shift.read(event);
    const on = event.target.checked;
    const row = rows[index]!;
    const range = withShift
      ? rangeIds(
          rows.map((r) => r.id),
          anchor.current,
          row.id,
        )
      : null;
    anchor.current = row.id;
    if (range) {
      const ids = new Set(range);
      selection.setMany(rows.filter((r) => ids.has(r.id)).map(summary), on);
    } else {
      selection.toggle(summary(row), on);
    }
  };

  const select: ColumnLike<T> = {
    header: 'Select',
    headerCell: (rows) => (
      <SelectAllCheckbox
        label={`Select all ${RECORD_KIND_LABELS[selection.kind].plural.toLowerCase()}`}
        total={rows.length}
        selectedCount={rows.filter((r) => selection.isSelected(r.id)).length}
        onChange={(on) => selection.setMany(rows.map(summary), on)}
      />
    ),
    cell: (row, index, rows) => (
      <input
        type="checkbox"
        className={styles.checkbox}
        aria-label={`Select ${row.name}`}
        checked={selection.isSelected(row.id)}
        {...shift.handlers}
        onChange={(event) => onRowChange(event, index, rows)}
      />
    ),
  };
  return [select, ...columns];
}
