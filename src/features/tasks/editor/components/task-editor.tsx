import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isNotFound } from '@/backends/api-error';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { visuallyHiddenClass } from '@/components/ui/visually-hidden';
import type { MemberSummary, Task } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { findTask } from '@/features/tasks/api/cache';
import { taskQueries } from '@/features/tasks/api/queries';
import { useDeleteTask, type TaskPatch } from '@/features/tasks/api/mutations';
import { useDeleteUndo } from '@/features/tasks/undo/use-delete-undo';
import { useSaveWithUndo } from '@/features/tasks/undo/use-save-with-undo';
import { DeleteTask } from './delete-task';
import { DescriptionField } from './description-field';
import { TaskProperties } from './task-properties';
import { TaskRelations } from './task-relations';
import { TitleField } from './title-field';
import styles from './task-editor.module.css';
import { taskTitle } from '@/domain/labels';

export type TaskEditorProps = {
  taskId: string;
  /** The level of the editor's own heading: 1 on the full page, 2 in the panel. */
  headingLevel: 1 | 2;
  /** Gives the heading an id, for a dialog to be named by it. */
  headingId?: string;
  /** After a delete: leave (close the panel, or go back to the board). */
  onDeleted: () => void;
  /** Shown when the task does not exist: how to leave. */
  leave: ReactNode;
};

/** One task: loading, gone, failed, or its fields, relations and Delete. */
export function TaskEditor({ taskId, headingLevel, headingId, onDeleted, leave }: TaskEditorProps) {
  const backend = useBackend();
  const deleteTask = useDeleteTask();
  const deleted = useDeleteUndo();
  const queryClient = useQueryClient();
  // Once deleted it is not read again (that would only answer 404 while the editor closes).
  const query = useQuery({
    ...taskQueries.detail(backend, taskId),
    enabled: !deleteTask.isSuccess,
    // The card that was clicked already holds the title, status, due date, assignee and links:
    // the editor draws from it at once while the task itself is read.
    placeholderData: () => findTask(queryClient, taskId),
  });
  /** Saves a field, and offers to put the old value back for a while. */
  const save = useSaveWithUndo();
  const Heading = `h${headingLevel}` as const;
  useDocumentTitle(query.data ? taskTitle(query.data) : null);

  if (deleteTask.isSuccess) return null;
  if (query.data) {
    const task = query.data;
    return (
      <EditorBody
        task={task}
        Heading={Heading}
        headingId={headingId}
        sectionLevel={headingLevel === 1 ? 2 : 3}
        refreshing={query.isPlaceholderData}
        onSave={(patch, assignee) => save(task, patch, assignee)}
        deleteTask={
          !backend.capabilities.canDeleteTasks ? null : (
            <DeleteTask
              task={task}
              pending={deleteTask.isPending}
              error={deleteTask.error}
              onReset={deleteTask.reset}
              onDelete={() =>
                deleteTask.mutate(task, {
                  onSuccess: () => {
                    deleted(task);
                    onDeleted();
                  },
                })
              }
            />
          )
        }
      />
    );
  }
  if (!query.isError) {
    return (
      <LoadingState label="Loading task…" className={styles.editor}>
        <Heading id={headingId} className={visuallyHiddenClass}>
          Loading task…
        </Heading>
        <Skeleton height={32} width="70%" />
        <div className={styles.skeletonRows}>
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} height={20} width={i % 2 ? '45%' : '60%'} />
          ))}
        </div>
        <Skeleton height={96} />
      </LoadingState>
    );
  }
  if (isNotFound(query.error)) {
    return (
      <div className={styles.gone}>
        <Heading id={headingId} className={styles.goneTitle}>
          This task no longer exists
        </Heading>
        <p className={styles.muted}>It may have been deleted, or the link may be wrong.</p>
        {leave}
      </div>
    );
  }
  return (
    <div className={styles.editor}>
      <Heading id={headingId} className={visuallyHiddenClass}>
        Task
      </Heading>
      <ErrorState
        title="Could not load this task"
        headingLevel={headingLevel === 1 ? 2 : 3}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    </div>
  );
}

function EditorBody({
  task,
  Heading,
  headingId,
  sectionLevel,
  refreshing,
  onSave,
  deleteTask,
}: {
  /** Drawn from a cached card while the task itself is on its way. */
  refreshing: boolean;
  task: Task;
  Heading: 'h1' | 'h2';
  headingId: string | undefined;
  sectionLevel: 2 | 3;
  onSave: (patch: TaskPatch, assignee?: MemberSummary) => void;
  deleteTask: ReactNode;
}) {
  return (
    <div className={styles.editor} aria-busy={refreshing || undefined}>
      <Heading id={headingId} className={visuallyHiddenClass}>
        {taskTitle(task)}
      </Heading>
      <TitleField title={task.title} onSave={(title) => onSave({ title })} />
      <TaskProperties task={task} onSave={onSave} />
      <DescriptionField
        taskId={task.id}
        markdown={task.bodyMarkdown}
        headingLevel={sectionLevel}
        onSave={(bodyMarkdown) => onSave({ bodyMarkdown })}
      />
      <TaskRelations task={task} headingLevel={sectionLevel} />
      <div className={styles.footer}>{deleteTask}</div>
    </div>
  );
}
