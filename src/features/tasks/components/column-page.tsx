import { memo } from 'react';
import type { Page, RecordKind, Task, TaskStatus } from '@/domain/types';
import { isLinkedTo } from '../task-matching';
import { usePageNames } from '../use-page-names';
import { TaskCard } from './task-card';

/** One page of a column: its cards, and one batch of chip names per record kind. */
export const ColumnPage = memo(function ColumnPage({
  page,
  linked,
  onStatusChange,
}: {
  page: Page<Task>;
  linked: RecordKind | null;
  onStatusChange: (task: Task, status: TaskStatus) => void;
}) {
  const { names, failed } = usePageNames(page.items);
  const tasks = linked ? page.items.filter((task) => isLinkedTo(task, linked)) : page.items;
  return tasks.map((task) => (
    <TaskCard
      key={task.id}
      task={task}
      names={names}
      namesFailed={failed}
      onStatusChange={onStatusChange}
    />
  ));
});
