import { useCallback } from 'react';
import { useToast } from '@/components/ui/toast/use-toast';
import type { Task, TaskStatus } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { useUpdateTask } from '../api/mutations';
import { STATUS_LABELS } from '@/domain/labels';
import { taskTitle } from '@/domain/labels';
import { focusTask, type TaskFocusPart } from '@/components/task-focus/task-focus';

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The column a card moves to, for the focus: only its element there will do. */
const columnSelector = (status: TaskStatus) => `section[data-status="${status}"]`;

/** Where the focus goes when the card never shows in its new column (not in its loaded pages). */
const columnFallback = (status: TaskStatus) => () =>
  document.querySelector<HTMLElement>(`${columnSelector(status)} [data-column-focus]`);

/** `focusPart`: the card part that takes the focus in its new column; null leaves the focus
 *  where it is (a pointer drag). */
export type ChangeStatus = (
  task: Task,
  status: TaskStatus,
  focusPart?: TaskFocusPart | null,
) => void;

/**
 * A card's status change (menu or drag): moves at once, takes the focus along to the card in
 * its new column (the part the user was on: the status button, or the grip after a keyboard
 * drop), and offers Undo in a toast; says what failed if the server refuses either.
 */
export function useChangeStatus(): ChangeStatus {
  const { show } = useToast();
  // On the hook, not on `mutate`: two cards moved quickly and both refused get two toasts.
  const update = useUpdateTask({
    onError: (error, { task, patch }) =>
      show({
        tone: 'danger',
        title: `Could not move "${task.title}" to ${patch.status ? STATUS_LABELS[patch.status] : 'its new column'}`,
        description: `${sentence(error.message)} It is back in ${
          task.status ? STATUS_LABELS[task.status] : 'its column'
        }.`,
      }),
  });
  const undoUpdate = useUpdateTask({
    onError: (error, { task, patch }) =>
      show({
        tone: 'danger',
        title: `Could not undo the move of "${taskTitle(task)}"`,
        description: `${explainError(error)} It stays in ${
          task.status ? STATUS_LABELS[task.status] : 'its column'
        }${patch.status ? `, not ${STATUS_LABELS[patch.status]}` : ''}.`,
      }),
  });
  return useCallback(
    (task: Task, status: TaskStatus, focusPart: TaskFocusPart | null = 'status') => {
      const previous = task.status;
      if (previous === status) return;
      update({ task, patch: { status } });
      if (focusPart) {
        focusTask({
          taskId: task.id,
          part: focusPart,
          within: columnSelector(status),
          fallback: columnFallback(status),
        });
      }
      if (previous === null) return;
      show({
        title: `Moved "${taskTitle(task)}" to ${STATUS_LABELS[status]}`,
        action: {
          label: 'Undo',
          undo: true,
          onClick: () => {
            undoUpdate({ task: { ...task, status }, patch: { status: previous } });
            // Undone from the toast (or Ctrl+Z): the focus goes back to the card, now in its
            // old column, whichever way it was moved.
            focusTask({
              taskId: task.id,
              part: focusPart ?? 'status',
              within: columnSelector(previous),
              fallback: columnFallback(previous),
            });
          },
        },
      });
    },
    [update, undoUpdate, show],
  );
}
