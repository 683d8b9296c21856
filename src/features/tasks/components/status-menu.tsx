import { useRef, useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { STATUS_LABELS } from '@/domain/labels';
import type { TaskStatus } from '@/domain/types';
import { lazyComponent } from '@/lib/lazy-component';
import styles from './status-menu.module.css';

// Every card has this control, so the menu itself (React Aria's Menu and Popover) is not in the
// board's first load: the trigger is a plain button, and the menu's code is fetched on the first
// hover, focus or press of any card's trigger, before the click that opens it lands.
const menu = lazyComponent(
  () => import('./status-menu-popover'),
  (module) => module.StatusMenuPopover,
);
const prefetchMenu = () => void menu.prefetch().catch(() => undefined);

/** Where the focus goes when the menu opens: the checked item, the first or the last. */
export type MenuFocus = true | 'first' | 'last';

/** The card's status control: the current status as a button, the three statuses as a menu. */
export function StatusMenu({
  title,
  status,
  onChange,
  focusTarget,
}: {
  title: string;
  status: TaskStatus | null;
  onChange: (status: TaskStatus) => void;
  /** Marks the trigger as the card's status control, for the focus after a move. */
  focusTarget?: Record<string, string>;
}) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<MenuFocus | false>(false);
  return (
    <>
      <button
        ref={triggerRef}
        {...focusTarget}
        type="button"
        className={styles.trigger}
        aria-label={`Status of ${title}: ${status ? STATUS_LABELS[status] : 'none'}. Change status`}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        data-status={status ?? undefined}
        data-card-action="status"
        onPointerEnter={prefetchMenu}
        onPointerDown={prefetchMenu}
        onFocus={prefetchMenu}
        onClick={() => setOpen((current) => (current === false ? true : false))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        <span className={styles.dot} aria-hidden="true" />
        <span className={styles.chevron} aria-hidden="true" />
      </button>
      {open !== false ? (
        <ChunkBoundary title="Could not open the status menu" compact fallback={<PendingNote />}>
          <menu.Component
            triggerRef={triggerRef}
            status={status}
            focus={open}
            onChange={onChange}
            onClose={() => setOpen(false)}
          />
        </ChunkBoundary>
      ) : null}
    </>
  );
}
