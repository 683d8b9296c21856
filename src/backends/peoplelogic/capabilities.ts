import type { BackendCapabilities } from '@/backends/backend';

// What the Peoplelogic API allows, apart from its adapter: the app reads it at start, the adapter's
// code loads on the first request (create-backend.ts).

export const PEOPLELOGIC_CAPABILITIES: BackendCapabilities = {
  canFilterTaskTargets: false,
  targetKinds: ['person', 'company', 'opportunity'],
  canCreateTasks: true,
  canListMembers: false,
  statuses: ['TODO', 'IN_PROGRESS', 'DONE'],
  canChangeStatus: false,
  canListTasks: false,
  canEditTasks: true,
  canDeleteTasks: false,
  canLinkAfterCreate: false,
  maxTargetsPerTask: 1,
  canBrowseRecords: false,
  taskFilters: [],
  sortOptions: [],
  paging: 'none',
  duePrecision: 'date',
  hasTags: false,
};
