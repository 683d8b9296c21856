import type { ComponentProps } from 'react';
import { TasksPanel } from '@/features/records/components/tasks-panel';
import { LinkExistingTask } from '@/features/tasks/editor/components/link-existing-task';
import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';

/** A record's Tasks panel with what this page offers there: link a task it has, or make one. */
export function RecordTasks(props: Omit<ComponentProps<typeof TasksPanel>, 'actions'>) {
  const { record, taskTargets } = props;
  return (
    <TasksPanel
      {...props}
      actions={
        <>
          <LinkExistingTask record={record} linkedTaskIds={taskTargets.map((t) => t.taskId)} />
          <NewTaskButton initialTargets={[record]} variant="secondary" size="sm" />
        </>
      }
    />
  );
}
