import { useRef, useState } from 'react';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import { focusAttributes } from '@/components/task-focus/focus-attributes';
import { focusTask } from '@/components/task-focus/task-focus';
import type { Task } from '@/domain/types';
import { formatDue } from '@/lib/format-due';
import { lazyComponent } from '@/lib/lazy-component';
import { DueLabel } from './due-label';
import styles from './card-controls.module.css';

// Every card has this control: the popover (React Aria and the due-date control) is fetched on
// the first hover, focus or press of a card's due date, never with the board's first load.
const popover = lazyComponent(
  () => import('./card-due-popover'),
  (module) => module.CardDuePopover,
);
const prefetch = () => void popover.prefetch().catch(() => undefined);

/** The card's due date as a button (and `d` on the focused card) opening the due-date control. */
export function CardDue({ task, title }: { task: Task; title: string }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const due = task.dueAt ? formatDue(task.dueAt, task.status) : null;
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={styles.trigger}
        aria-label={`Due date of ${title}: ${due ? due.text : 'none'}. Change due date`}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-card-action="due"
        {...focusAttributes(task.id, 'due')}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setOpen((current) => !current)}
      >
        <DueLabel dueAt={task.dueAt} status={task.status} />
      </button>
      {open ? (
        <ChunkBoundary title="Could not open the due date" compact fallback={<PendingNote />}>
          <popover.Component
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
