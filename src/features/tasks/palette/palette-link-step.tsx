import { useToast } from '@/components/ui/toast/use-toast';
import { taskTitle } from '@/domain/labels';
import type { RecordSummary, Task } from '@/domain/types';
import { explainError } from '@/lib/describe-error';
import { useAddRelation } from '../api/relations';
import { TargetPicker } from '../fields/target-picker';

/**
 * "Link to…": the link dialog's own record picker; each record chosen is linked to every task
 * of the target, one relation each with its own client-made id (a retry makes no copy).
 */
export function PaletteLinkStep({
  tasks,
  linkAll,
  onDone,
}: {
  tasks: readonly Task[];
  /** A selection's batch (progress, Retry failed, Undo), in place of one link per task here. */
  linkAll: ((record: RecordSummary) => void) | null;
  onDone: () => void;
}) {
  const toast = useToast();
  // Hook-level callbacks: they still run once the palette has closed.
  const add = useAddRelation<RecordSummary>({
    onError: (error, { target }) =>
      toast.show({
        tone: 'danger',
        title: `Couldn't link ${target.name}`,
        description: `${explainError(error)} The change was undone.`,
      }),
  });
  const link = (chosen: RecordSummary[]) => {
    for (const record of chosen) {
      if (linkAll) {
        linkAll(record);
        continue;
      }
      for (const task of tasks) {
        const linked = task.targets?.some(
          (relation) => relation.target?.kind === record.kind && relation.target.id === record.id,
        );
        if (linked) {
          toast.show({ title: `“${taskTitle(task)}” is already linked to ${record.name}` });
          continue;
        }
        add.mutate({ id: crypto.randomUUID(), taskId: task.id, target: record });
        toast.show({ title: `Linked “${taskTitle(task)}” to ${record.name}` });
      }
    }
    onDone();
  };
  return <TargetPicker label="Link to" value={[]} onChange={link} takeFocus />;
}
