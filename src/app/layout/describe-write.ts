import type { QueuedWrite } from '@/backends/offline/write-queue';

const quote = (title: string) => `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;

/** A queued write in a few words, for the message when the server refuses it. */
export function describeWrite(write: QueuedWrite): string {
  switch (write.type) {
    case 'createTask':
    case 'createTaskOnTarget':
      return `creating ${quote(write.input.title)}`;
    case 'updateTask':
      return write.patch.status !== undefined && Object.keys(write.patch).length === 1
        ? 'a status change'
        : 'an edit of a task';
    case 'deleteTask':
      return 'deleting a task';
    case 'createTaskTarget':
      return 'linking a task';
    case 'updateTaskTarget':
      return 'changing a link';
    case 'deleteTaskTarget':
      return 'removing a link';
  }
}
