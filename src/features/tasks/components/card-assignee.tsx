import { useRef, useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { focusAttributes } from '@/components/task-focus/focus-attributes';
import { focusTask } from '@/components/task-focus/task-focus';
import type { Task } from '@/domain/types';
import { lazyComponent } from '@/lib/lazy-component';
import { AssigneeAvatar } from './assignee-avatar';
import styles from './card-controls.module.css';

// Every card has this control: the menu's code (React Aria) is fetched on the first hover, focus
// or press of a card's avatar, never with the board's first load.
const menu = lazyComponent(async () => (await import('./assignee-menu')).AssigneeMenu);
const prefetch = () => void menu.prefetch().catch(() => undefined);

/** The card's avatar as a button (and `a` on the focused card) opening the assignee menu. */
export function CardAssignee({ task, title }: { task: Task; title: string }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const name = task.assigneeId ? (task.assignee?.name ?? 'Unknown member') : null;
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={`${styles.trigger} ${styles.avatarTrigger}`}
        aria-label={`${name ? `Assigned to ${name}` : 'Unassigned'}. Assign ${title}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-card-action="assignee"
        {...focusAttributes(task.id, 'assignee')}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setOpen((current) => !current)}
      >
        <AssigneeAvatar assigneeId={task.assigneeId} assignee={task.assignee} />
      </button>
      {open ? (
        <ChunkBoundary title="Could not open the assignee menu" compact fallback={<PendingNote />}>
          <menu.Component
            triggerRef={triggerRef}
            task={task}
            title={title}
            onClose={() => {
              setOpen(false);
              // Back to the card's title, where j/k and the card keys go on from.
              focusTask({ taskId: task.id, part: 'title' });
            }}
          />
        </ChunkBoundary>
      ) : null}
    </>
  );
}
