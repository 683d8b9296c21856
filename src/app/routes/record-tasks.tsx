import type { ComponentProps } from 'react';
import { useBackend } from '@/backends/backend-context';
import { newTaskPlan } from '@/features/tasks/capability-views';
import { TasksPanel } from '@/features/records/components/tasks-panel';
import { LinkExistingTask } from '@/features/tasks/editor/components/link-existing-task';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';
import { OneTaskPerRecordButton } from '@/features/tasks/new-task/components/one-task-per-record';
import { SelectAllTasks } from '@/features/tasks/bulk/select-all-tasks';
import { SelectTaskCheckbox } from '@/features/tasks/bulk/select-task-checkbox';
import { taskTitle } from '@/domain/labels';

/** A record's Tasks panel with what this page offers there: link a task it has, or make one. */
export function RecordTasks(props: Omit<ComponentProps<typeof TasksPanel>, 'actions'>) {
  const { record, taskTargets } = props;
  const { capabilities } = useBackend();
  const plan = newTaskPlan(capabilities, 1);
  return (
    <TasksPanel
      {...props}
      selection={{
        header: (tasks) => (
          <SelectAllTasks
            viewKey={`record:${record.kind}:${record.id}`}
            tasks={tasks}
            label={`Select all tasks of ${record.name}`}
          />
        ),
        row: (task) => <SelectTaskCheckbox taskId={task.id} title={taskTitle(task)} />,
      }}
      actions={
        <>
          {capabilities.canLinkAfterCreate ? (
            <LinkExistingTask record={record} linkedTaskIds={taskTargets.map((t) => t.taskId)} />
          ) : null}
          {plan === 'one-task' ? (
            <NewTaskButton initialTargets={[record]} variant="secondary" size="sm" shortcut />
          ) : plan === 'one-per-record' ? (
            <OneTaskPerRecordButton
              records={[record]}
              label="New task"
              variant="secondary"
              size="sm"
            />
          ) : null}
        </>
      }
    />
  );
}
