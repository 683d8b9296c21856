import type { BackendCapabilities } from '@/backends/backend';
import { TASK_STATUSES } from '@/domain/types';

// Dalil (and the embedded server's Dalil dialect) can do everything the app offers.
export const DALIL_CAPABILITIES: BackendCapabilities = {
  canFilterTaskTargets: false,
  targetKinds: ['person', 'company', 'opportunity'],
  canCreateTasks: true,
  canListMembers: true,
  statuses: TASK_STATUSES,
  canChangeStatus: true,
  canListTasks: true,
  canEditTasks: true,
  canDeleteTasks: true,
  canLinkAfterCreate: true,
  maxTargetsPerTask: null,
  canBrowseRecords: true,
  taskFilters: ['status', 'search', 'assignee', 'due', 'dueRange'],
  sortOptions: [
    { sort: 'dueAt', direction: 'asc' },
    { sort: 'createdAt', direction: 'desc' },
    // The Done column, most recently finished first (tasks have no completion date).
    { sort: 'updatedAt', direction: 'desc' },
  ],
  paging: 'cursor',
  duePrecision: 'datetime',
  hasTags: false,
};
