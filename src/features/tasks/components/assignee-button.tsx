import { useRef, useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { taskTitle } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { lazyComponent } from '@/lib/lazy-component';
import { AvatarFace, assigneeName } from './assignee-avatar';
import styles from './task-card.module.css';

// Every card has this control, so the menu (React Aria's Popover, Autocomplete and Menu, and the
// member search) is not in the board's first load: the button is plain, and the menu's code is
// fetched on the first hover, focus or press of any card's assignee button.
const menu = lazyComponent(
  () => import('./assignee-menu'),
  (module) => module.AssigneeMenu,
);
const prefetchMenu = () => void menu.prefetch().catch(() => undefined);

/**
 * The card's assignee: the member's initials, or the unassigned icon, as a button that opens
 * the assignee menu. The `a` key on a focused card presses it (data-card-action).
 */
export function AssigneeButton({ task }: { task: Task }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const title = taskTitle(task);
  const name = task.assigneeId
    ? (assigneeName(task.assigneeId, task.assignee) ?? 'Unknown member')
    : null;
  const tip = name ? `Assigned to ${name} — click to change` : 'Unassigned — click to assign';
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={styles.assigneeButton}
        aria-label={name ? `Assignee of ${title}: ${name}. Change assignee` : `Assign ${title}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-card-action="assignee"
        onPointerEnter={prefetchMenu}
        onPointerDown={prefetchMenu}
        onFocus={prefetchMenu}
        onClick={() => setOpen((current) => !current)}
      >
        <AvatarFace assigneeId={task.assigneeId} assignee={task.assignee} />
        {/* Shown on hover and keyboard focus; the button's name already says it to readers. */}
        <span className={styles.tooltip} aria-hidden="true">
          {tip}
        </span>
      </button>
      {open ? (
        <ChunkBoundary title="Could not open the assignee menu" compact fallback={<PendingNote />}>
          <menu.Component task={task} triggerRef={triggerRef} onClose={() => setOpen(false)} />
        </ChunkBoundary>
      ) : null}
    </>
  );
}
