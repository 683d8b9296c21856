import type { ReactNode } from 'react';
import { visuallyHiddenClass } from '@/components/ui/visually-hidden';
import cardStyles from '@/components/ui/card.module.css';
import styles from './record-list.module.css';

export type Column<T> = {
  /** The header's text, and the column's key. */
  header: string;
  /** Replaces the header's text with content that acts on the rows shown (a select-all box). */
  headerCell?: (rows: readonly T[]) => ReactNode;
  cell: (row: T, index: number, rows: readonly T[]) => ReactNode;
  /** Secondary columns give way on narrow screens. */
  secondary?: boolean;
  numeric?: boolean;
};

/** A dense table of records; the first column holds the link to each record's page. */
export function RecordTable<T extends { id: string }>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
}) {
  const cellClass = (column: Column<T>) =>
    [column.secondary ? styles.secondary : '', column.numeric ? styles.numeric : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`${cardStyles.surface} ${styles.tableWrap}`}>
      <table className={styles.table}>
        <caption className={visuallyHiddenClass}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={cellClass(column)}>
                {column.headerCell ? column.headerCell(rows) : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.header} className={cellClass(column)}>
                  {column.cell(row, index, rows) ?? <span className={styles.none}>—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
