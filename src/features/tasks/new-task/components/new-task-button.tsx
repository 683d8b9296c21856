import { useState } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from '@/components/ui/button';
import type { RecordSummary } from '@/domain/types';
import { useNewTaskShortcut } from '../use-new-task-shortcut';
import { NewTaskDialog } from './new-task-dialog';

/**
 * Opens the "New task" dialog, optionally already linked to some records. With `shortcut`,
 * the key `n` opens it too (one per page, or two dialogs would race for the key).
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
  useNewTaskShortcut(() => setOpen(true), shortcut && !disabled);
  return (
    <>
      <Button
        variant={variant}
        size={size}
        disabled={disabled}
        aria-keyshortcuts={shortcut ? 'n' : undefined}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">+</span> {label}
      </Button>
      <NewTaskDialog
        open={open}
        onOpenChange={setOpen}
        initialTargets={initialTargets}
        onCreated={onCreated}
      />
    </>
  );
}
