// The request and answer that the Peoplelogic page shows (seeds/peoplelogic-tasks.txt), copied
// as they are. Tests compare real answers with them field for field.

const ID = '123e4567-e89b-12d3-a456-426614174000';

export const PAGE_TASK_BODY = {
  name: 'text',
  description: 'text',
  dueDate: '2025-07-17',
  order: 1,
  orderGroup: ID,
};

export const PAGE_TASK = {
  id: ID,
  name: 'text',
  active: true,
  status: { current: 'text', changedAt: '2025-07-17T11:47:10.886Z', changedBy: ID },
  created: { createdAt: '2025-07-17T11:47:10.886Z', createdBy: ID },
  assignees: [{ entityId: ID, entityType: 'text' }],
  organization: ID,
  description: 'text',
  dueDate: '2025-07-17',
  connectedTo: { entityId: ID, type: 'text', organization: ID },
  notes: [{ id: ID, note: 'text', author: ID, createdAt: '2025-07-17T11:47:10.886Z' }],
  order: 1,
  mappings: [
    {
      app: ID,
      namespace: 'text',
      mappedId: 'text',
      reference: 'text',
      mappingData: { ANY_ADDITIONAL_PROPERTY: 'text' },
      mappingSecrets: { ANY_ADDITIONAL_PROPERTY: 'text' },
    },
  ],
};
