import type { RefObject } from 'react';
import { taskTitle } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { MemberMenu } from './member-menu';
import { useAssignTask } from './use-assign-task';

/**
 * A task's assignee as a searchable menu under the control that opened it (the card's assignee
 * button, or the `a` key on a focused card, which presses it). The pick is saved at once with
 * Undo, and the focus goes back to the control on the card.
 */
export function AssigneeMenu({
  task,
  triggerRef,
  onClose,
}: {
  task: Task;
  triggerRef: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const assign = useAssignTask();
  return (
    <MemberMenu
      label={`Assignee of ${taskTitle(task)}`}
      currentId={task.assigneeId}
      triggerRef={triggerRef}
      onPick={(member) => assign(task, member)}
      onClose={onClose}
    />
  );
}
