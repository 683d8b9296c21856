import { useToast } from '@/components/ui/toast/use-toast';
import { describeError } from '@/components/ui/describe-error';
import type { RecordRef, Task, TaskTarget } from '@/domain/types';
import { useSetTaskStatus } from '@/features/tasks/mutations';
import { useLinkTask, useUnlinkTask } from '../mutations';
import { taskTitle } from './task-row';

const explain = (error: unknown) => {
  const { title, detail } = describeError(error);
  return detail ? `${title}: ${detail}` : `${title}.`;
};

/**
 * What a Tasks panel's rows can do, with their toasts. The mutations live here, in the panel,
 * rather than in a row: a row unmounts as soon as its task moves group or is unlinked, and
 * a mutation's call-site callbacks only run while its component is mounted.
 */
export function useTaskActions(record: RecordRef & { name: string }) {
  const toast = useToast();
  const setStatus = useSetTaskStatus();
  const unlinkTask = useUnlinkTask();
  const linkTask = useLinkTask();

  function setDone(task: Task, done: boolean) {
    setStatus.mutate(
      { task, status: done ? 'DONE' : 'TODO' },
      {
        onError: (error) =>
          toast.show({
            tone: 'danger',
            title: `Couldn't ${done ? 'complete' : 'reopen'} “${taskTitle(task)}”`,
            description: `${explain(error)} The change was undone.`,
          }),
      },
    );
  }

  function relink(task: Task) {
    linkTask.mutate(
      { id: crypto.randomUUID(), taskId: task.id, record },
      {
        onError: (error) =>
          toast.show({
            tone: 'danger',
            title: `Couldn't link “${taskTitle(task)}” back to ${record.name}`,
            description: explain(error),
          }),
      },
    );
  }

  function unlink(task: Task, taskTarget: TaskTarget) {
    unlinkTask.mutate(
      { record, taskTarget },
      {
        onSuccess: () =>
          toast.show({
            title: `Unlinked “${taskTitle(task)}” from ${record.name}`,
            description: 'The task itself is kept.',
            action: { label: 'Undo', onClick: () => relink(task) },
          }),
        onError: (error) =>
          toast.show({
            tone: 'danger',
            title: `Couldn't unlink “${taskTitle(task)}”`,
            description: `${explain(error)} It is still linked.`,
          }),
      },
    );
  }

  return { setDone, unlink };
}
