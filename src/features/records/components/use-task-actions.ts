import { useToast } from '@/components/ui/toast/use-toast';
import { explainError } from '@/lib/describe-error';
import type { RecordRef, Task, TaskTarget } from '@/domain/types';
import { useUpdateTask } from '@/features/tasks/api/mutations';
import { useAddRelation, useRemoveRelation } from '@/features/tasks/api/relations';
import { taskTitle } from '@/domain/labels';

/**
 * What a Tasks panel's rows can do, with their toasts. The mutations live here, in the panel,
 * rather than in a row: a row unmounts as soon as its task moves group or is unlinked, and
 * a mutation's call-site callbacks only run while its component is mounted.
 */
export function useTaskActions(record: RecordRef & { name: string }) {
  const toast = useToast();
  // On the hook, not on the call: a row that moves group unmounts before the answer comes.
  const update = useUpdateTask({
    onError: (error, { task, patch }) =>
      toast.show({
        tone: 'danger',
        title: `Couldn't ${patch.status === 'DONE' ? 'complete' : 'reopen'} “${taskTitle(task)}”`,
        description: `${explainError(error)} The change was undone.`,
      }),
  });
  const unlinkTask = useRemoveRelation();
  const linkTask = useAddRelation();

  function setDone(task: Task, done: boolean) {
    update({ task, patch: { status: done ? 'DONE' : 'TODO' } });
  }

  function relink(task: Task) {
    linkTask.mutate(
      { id: crypto.randomUUID(), taskId: task.id, target: record },
      {
        onError: (error) =>
          toast.show({
            tone: 'danger',
            title: `Couldn't link “${taskTitle(task)}” back to ${record.name}`,
            description: explainError(error),
          }),
      },
    );
  }

  function unlink(task: Task, taskTarget: TaskTarget) {
    unlinkTask.mutate(
      { relation: taskTarget },
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
            description: `${explainError(error)} It is still linked.`,
          }),
      },
    );
  }

  return { setDone, unlink };
}
