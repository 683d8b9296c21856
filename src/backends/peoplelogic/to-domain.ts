import { ResponseFormatError } from '@/backends/api-error';
import type { Task, TaskStatus } from '@/domain/types';
import type { WireTask } from './wire-schemas';

// Peoplelogic's task as the app's Task. Its status words are its own; the three the embedded
// dialect uses map to the app's statuses, any other is kept as a label.

const STATUS: Record<string, TaskStatus> = {
  not_started: 'TODO',
  in_progress: 'IN_PROGRESS',
  completed: 'DONE',
};

/** The date part of "2025-07-17" or "2025-07-17T00:00:00Z"; anything else is no date. */
export function dateOnly(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value ?? '');
  return match?.[1] ?? null;
}

const blankToNull = (text: string | null | undefined) =>
  text === null || text === undefined || text.trim() === '' ? null : text;

export function toTask(wire: WireTask): Task {
  const current = wire.status?.current ?? null;
  const status = current !== null ? (STATUS[current] ?? null) : null;
  const createdAt = wire.created?.createdAt ?? wire.status?.changedAt;
  if (!createdAt) {
    throw new ResponseFormatError('task', ['created.createdAt: missing (and no status.changedAt)']);
  }
  const assignee = wire.assignees?.[0];
  return {
    id: wire.id,
    title: wire.name ?? '',
    bodyMarkdown: blankToNull(wire.description),
    status,
    ...(status === null && current !== null ? { statusLabel: current } : {}),
    dueAt: null,
    dueDate: dateOnly(wire.dueDate),
    assigneeId: assignee?.entityId ?? null,
    assignee: assignee ? { id: assignee.entityId, name: null } : null,
    createdAt,
    updatedAt: wire.status?.changedAt ?? createdAt,
    statusChange: {
      changedAt: wire.status?.changedAt ?? createdAt,
      changedById: wire.status?.changedBy ?? null,
    },
    createdBy: wire.created?.createdBy ? { id: wire.created.createdBy, name: null } : null,
    linked: wire.connectedTo
      ? [{ kind: wire.connectedTo.type ?? 'entity', id: wire.connectedTo.entityId, label: null }]
      : [],
    notes: (wire.notes ?? []).map((n) => ({
      id: n.id,
      text: n.note ?? '',
      authorId: n.author ?? null,
      createdAt: n.createdAt ?? createdAt,
    })),
    order: wire.order ?? null,
  };
}
