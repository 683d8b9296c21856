import { useEffect, useRef } from 'react';
import styles from './selection.module.css';

/**
 * The header box of a list's checkbox column: checked when every row shown is selected,
 * mixed when only some are. Checking it selects them all; unchecking it clears them.
 */
export function SelectAllCheckbox({
  label,
  total,
  selectedCount,
  onChange,
}: {
  label: string;
  total: number;
  selectedCount: number;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const all = total > 0 && selectedCount === total;
  const some = selectedCount > 0 && !all;
  // `indeterminate` is a DOM property only (no attribute), so React cannot set it.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={styles.checkbox}
      aria-label={label}
      checked={all}
      disabled={total === 0}
      // A mixed box selects the rest, as in mail clients; only a full one clears.
      onChange={() => onChange(!all)}
    />
  );
}
