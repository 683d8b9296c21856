import { useRef, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import type { RecordSummary } from '@/domain/types';
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
  // A click that Space makes may not carry Shift in every browser, so the key says it.
  const shiftSpace = useRef(false);
  if (!selection) return columns;
  const summary = (row: T): RecordSummary => ({ kind: selection.kind, id: row.id, name: row.name });

  const onRowChange = (event: ChangeEvent<HTMLInputElement>, index: number, rows: readonly T[]) => {
    const native = event.nativeEvent;
    const shift = (native instanceof MouseEvent && native.shiftKey) || shiftSpace.current;
    shiftSpace.current = false;
    const on = event.target.checked;
    const from = anchor.current === null ? -1 : rows.findIndex((r) => r.id === anchor.current);
    const row = rows[index]!;
    anchor.current = row.id;
    if (shift && from !== -1) {
      const range = rows.slice(Math.min(from, index), Math.max(from, index) + 1);
      selection.setMany(range.map(summary), on);
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
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          shiftSpace.current = event.key === ' ' && event.shiftKey;
        }}
        onBlur={() => {
          shiftSpace.current = false;
        }}
        onChange={(event) => onRowChange(event, index, rows)}
      />
    ),
  };
  return [select, ...columns];
}
