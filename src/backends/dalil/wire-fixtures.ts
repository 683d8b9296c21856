// Wire records as Dalil/Twenty sends them, for tests. Each builder takes overrides so a test
// shows only the fields it is about.

const NOW = '2026-03-02T09:00:00.000Z';
const actor = { source: 'API', workspaceMemberId: null, name: 'API' };

export function wireTask(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    title: `Task ${id}`,
    bodyV2: { markdown: null, blocknote: null },
    dueAt: null,
    status: 'TODO',
    assigneeId: null,
    position: 0,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    createdBy: actor,
    ...over,
  };
}

export function wireTaskTarget(id: string, taskId: string, over: Record<string, unknown> = {}) {
  return {
    id,
    taskId,
    personId: null,
    companyId: null,
    opportunityId: null,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    ...over,
  };
}

export function wirePerson(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    name: { firstName: 'Ada', lastName: 'Lovelace' },
    emails: { primaryEmail: 'ada@example.com', additionalEmails: null },
    phones: {
      primaryPhoneNumber: '',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '',
      additionalPhones: [],
    },
    jobTitle: '',
    city: 'London',
    avatarUrl: '',
    companyId: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function wireCompany(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    name: 'Acme',
    domainName: { primaryLinkUrl: 'https://acme.test', primaryLinkLabel: '', secondaryLinks: null },
    employees: 12,
    address: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function wireOpportunity(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    name: 'Big deal',
    amount: { amountMicros: 1_500_000_000, currencyCode: 'EUR' },
    stage: 'PROPOSAL',
    closeDate: null,
    companyId: null,
    pointOfContactId: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function wireMember(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    name: { firstName: 'Grace', lastName: 'Hopper' },
    userEmail: 'grace@example.com',
    avatarUrl: null,
    ...over,
  };
}

export function listBody(plural: string, items: unknown[], over: Record<string, unknown> = {}) {
  return {
    data: { [plural]: items },
    pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
    totalCount: items.length,
    ...over,
  };
}
