import { useEffect, useId, useState } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from '@/components/ui/button';
import { ChunkBoundary } from '@/components/ui/chunk-boundary';
import { PendingNote } from '@/components/ui/pending-note';
import type { RecordSummary } from '@/domain/types';
import { whenIdle } from '@/lib/lazy-component';
import { focusTask } from '@/components/task-focus/task-focus';
import { useNewTaskShortcut } from '../use-new-task-shortcut';
import {
  newTaskDialog as dialog,
  prefetchNewTaskDialog as prefetchDialog,
} from './lazy-new-task-dialog';

/**
 * Opens the "New task" dialog, optionally already linked to some records. With `shortcut`,
 * the keys `n` and `c` open it too (one per page, or two dialogs would race for the keys).
 */
export function NewTaskButton({
  initialTargets,
  label = 'New task',
  variant = 'primary',
  size = 'md',
  shortcut = false,
  disabled = false,
  onCreated,
}: {
  initialTargets?: RecordSummary[];
  label?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  shortcut?: boolean;
  disabled?: boolean;
  onCreated?: (taskId: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const created = (taskId: string) => {
    onCreated?.(taskId);
    // To the new task's card or row once it shows; where it is not in view (filtered out, or
    // on no list of this page), the focus stays on this button, where the dialog returns it.
    focusTask({
      taskId,
      part: 'title',
      fallback: () => document.getElementById(buttonId),
    });
  };
  useNewTaskShortcut(() => setOpen(true), shortcut && !disabled);
  useEffect(() => (disabled ? undefined : whenIdle(prefetchDialog)), [disabled]);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={disabled}
        id={buttonId}
        aria-keyshortcuts={shortcut ? 'n c' : undefined}
        onClick={() => setOpen(true)}
        onPointerEnter={prefetchDialog}
        onFocus={prefetchDialog}
      >
        <span aria-hidden="true">+</span> {label}
      </Button>
      {open ? (
        <ChunkBoundary
          title="Could not open the new task form"
          compact
          fallback={<PendingNote>Opening…</PendingNote>}
        >
          <dialog.Component
            open
            onOpenChange={setOpen}
            initialTargets={initialTargets}
            onCreated={created}
          />
        </ChunkBoundary>
      ) : null}
    </>
  );
}
