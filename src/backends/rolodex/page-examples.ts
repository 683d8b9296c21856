// The answers the Rolodex page shows (seeds/rolodex-tasks.txt), copied as they are. Tests
// compare real answers with them field for field.

const contact = {
  id: 'contact_123',
  full_name: 'John Doe',
  image_url: '<https://example.com/avatar.jpg>',
};
const alice = {
  id: 'user_456',
  full_name: 'Alice Smith',
  avatar_url: '<https://example.com/user-avatar.jpg>',
};
const bob = {
  id: 'user_789',
  full_name: 'Bob Johnson',
  avatar_url: '<https://example.com/creator-avatar.jpg>',
};

const open = {
  id: 'task_12345',
  body: 'Follow up with prospect about pricing',
  due_date: '2025-01-20T15:00:00Z',
  completed_at: null,
  created_at: '2025-01-15T10:30:00Z',
  updated_at: '2025-01-15T10:30:00Z',
  contacts: [contact],
  assignee: alice,
  creator: bob,
};

export const PAGE_LIST = {
  pagination: { limit: 25, offset: 0, total: 75 },
  data: [
    open,
    {
      id: 'task_67890',
      body: 'Schedule demo for next week',
      due_date: '2025-01-18T14:00:00Z',
      completed_at: '2025-01-17T11:30:00Z',
      created_at: '2025-01-14T09:15:00Z',
      updated_at: '2025-01-17T11:30:00Z',
      contacts: [],
      assignee: null,
      creator: bob,
    },
  ],
};

export const PAGE_LIST_WITH_TAGS = {
  pagination: { limit: 25, offset: 0, total: 75 },
  data: [
    {
      ...open,
      tags: [
        { id: 'tag_101', name: 'High Priority' },
        { id: 'tag_102', name: 'Sales' },
      ],
    },
  ],
};

export const PAGE_TASK = { data: open };
