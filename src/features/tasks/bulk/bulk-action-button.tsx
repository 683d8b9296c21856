import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import styles from './bulk-action-bar.module.css';

/**
 * A button of the action bar that opens a picker (a menu or a popover) under itself; the picker
 * gets the button as its trigger, and closes with Escape, a click outside or a pick.
 */
export function BulkActionButton({
  label,
  popup = 'dialog',
  disabled = false,
  children,
}: {
  label: string;
  /** While a batch runs: still focusable (the focus stays put), but opens nothing. */
  disabled?: boolean;
  popup?: 'menu' | 'dialog';
  children: (props: {
    triggerRef: RefObject<HTMLButtonElement | null>;
    close: () => void;
  }) => ReactNode;
}) {
  // The button as state, handed to the picker as the ref object React Aria's popovers take.
  const [trigger, setTrigger] = useState<HTMLButtonElement | null>(null);
  const triggerRef = useMemo(() => ({ current: trigger }), [trigger]);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        ref={setTrigger}
        type="button"
        className={styles.action}
        aria-haspopup={popup}
        aria-expanded={open}
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (!disabled) setOpen((current) => !current);
        }}
      >
        {label}
        <span className={styles.chevron} aria-hidden="true" />
      </button>
      {open ? children({ triggerRef, close: () => setOpen(false) }) : null}
    </>
  );
}
