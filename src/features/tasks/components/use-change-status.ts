import { useCallback } from 'react';
import { useToast } from '@/components/ui/toast/use-toast';
import type { Task, TaskStatus } from '@/domain/types';
import { useUpdateTask } from '../api/mutations';
import { STATUS_LABELS } from '@/domain/labels';

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A card's status change (menu or drag): moves at once; says what failed if the server refuses. */
export function useChangeStatus(): (task: Task, status: TaskStatus) => void {
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
  return useCallback(
    (task: Task, status: TaskStatus) => {
      if (task.status !== status) update({ task, patch: { status } });
    },
    [update],
  );
}
