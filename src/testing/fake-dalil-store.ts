import { wireMember } from '@/backends/dalil/wire-fixtures';
import type { Row } from './fake-dalil-list';

// The fake Dalil API's tables, and the depth-1 views the embedded server builds from them:
// a task with its assignee and relation rows; a record with its relation rows and its related records.

/** Ids that read well in failures and are valid UUIDs: `uuid(2, 'a')` is `aaaaaaaa-…-000000000002`. */
export const uuid = (n: number, prefix: string) =>
  `${prefix.repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The workspace's one member. */
export const MEMBER = wireMember(uuid(1, 'f'), {
  name: { firstName: 'Grace', lastName: 'Hopper' },
});

export const SINGULAR = {
  tasks: 'task',
  taskTargets: 'taskTarget',
  people: 'person',
  companies: 'company',
  opportunities: 'opportunity',
  workspaceMembers: 'workspaceMember',
} as const;
export type Plural = keyof typeof SINGULAR;

export const TARGET_FIELDS = ['personId', 'companyId', 'opportunityId'] as const;
export type Target = Partial<Record<(typeof TARGET_FIELDS)[number], string>>;

export function createStore() {
  const tables = Object.fromEntries(
    Object.keys(SINGULAR).map((plural) => [plural, new Map<string, Row>()]),
  ) as Record<Plural, Map<string, Row>>;
  tables.workspaceMembers.set(MEMBER.id, MEMBER);

  const rows = (plural: Plural) => [...tables[plural].values()];
  const relationsOf = (field: string, id: string) =>
    rows('taskTargets').filter((relation) => relation[field] === id);
  const byId = (plural: Plural, id: unknown) =>
    typeof id === 'string' ? (tables[plural].get(id) ?? null) : null;

  /** A row as a depth-1 read shows it. */
  function atDepthOne(plural: Plural, row: Row): Row {
    switch (plural) {
      case 'tasks':
        return {
          ...row,
          assignee: byId('workspaceMembers', row.assigneeId),
          taskTargets: relationsOf('taskId', row.id),
        };
      case 'people':
        return {
          ...row,
          taskTargets: relationsOf('personId', row.id),
          company: byId('companies', row.companyId),
        };
      case 'companies':
        return {
          ...row,
          taskTargets: relationsOf('companyId', row.id),
          people: rows('people').filter((person) => person.companyId === row.id),
          opportunities: rows('opportunities').filter((deal) => deal.companyId === row.id),
        };
      case 'opportunities':
        return {
          ...row,
          taskTargets: relationsOf('opportunityId', row.id),
          company: byId('companies', row.companyId),
          pointOfContact: byId('people', row.pointOfContactId),
        };
      default:
        return row;
    }
  }

  return { tables, rows, relationsOf, atDepthOne };
}

export type Store = ReturnType<typeof createStore>;
