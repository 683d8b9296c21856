import type { BackendCapabilities } from '@/backends/backend';

/** The bulk actions a backend allows; none at all on a read-only one (no checkboxes then). */
export function bulkActions(c: BackendCapabilities) {
  const actions = {
    status: c.canChangeStatus,
    assignee: c.canEditTasks && c.canListMembers,
    due: c.canEditTasks,
    // One-target backends link a task only as it is made.
    link: c.canLinkAfterCreate,
    delete: c.canDeleteTasks,
  };
  return { ...actions, any: Object.values(actions).some(Boolean) };
}
