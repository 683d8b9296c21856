import type { BackendCapabilities } from '@/backends/backend';

// What the Rolodex API allows, apart from its adapter: the app reads it at start, the adapter's
// code loads on the first request (create-backend.ts).

export const ROLODEX_CAPABILITIES: BackendCapabilities = {
  canFilterTaskTargets: false,
  targetKinds: ['person'],
  canCreateTasks: false,
  canListMembers: false,
  statuses: ['TODO', 'DONE'],
  statusLabels: { TODO: 'Open', DONE: 'Completed' },
  canChangeStatus: false,
  canListTasks: true,
  canEditTasks: false,
  canDeleteTasks: false,
  canLinkAfterCreate: false,
  maxTargetsPerTask: null,
  canBrowseRecords: false,
  taskFilters: [],
  sortOptions: [
    { sort: 'dueAt', direction: 'asc' },
    { sort: 'dueAt', direction: 'desc' },
  ],
  paging: 'offset',
  duePrecision: 'datetime',
  hasTags: true,
};
