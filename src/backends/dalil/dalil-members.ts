import type { Backend } from '@/backends/backend';
import type { DalilClient } from './dalil-client';
import { and, contains, or, type Filter } from './filter';
import { clampLimit, type OrderBy } from './params';
import { toMember } from './to-domain';
import { wireMemberSchema } from './wire-schemas';

// Workspace members at workspace scale (Twenty's demo has 1,004). A search is one page asked of
// the server by name, and one member is read by id; nothing loads every member just to show
// one. Sorting by name is fine on a single page, but real Twenty cannot follow a cursor over the
// composite `name.firstName` (400 "Invalid cursor"), so a search never asks for a second page.

type MemberMethods = Pick<Backend, 'getMember' | 'searchMembers'>;

const BY_NAME: OrderBy = [
  ['name.firstName', 'AscNullsLast'],
  ['name.lastName', 'AscNullsLast'],
];

/** Every word in the first name, the last name or the email, so "gra hop" finds Grace Hopper. */
export function memberSearchFilter(query: string): Filter | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  return and(
    ...words.map((word) =>
      or(
        contains('name.firstName', word),
        contains('name.lastName', word),
        contains('userEmail', word),
      ),
    ),
  );
}

export function dalilMemberMethods(client: DalilClient): MemberMethods {
  return {
    async searchMembers(query, options, signal) {
      const page = await client.list(
        'workspaceMembers',
        wireMemberSchema,
        {
          depth: 0,
          filter: memberSearchFilter(query),
          orderBy: BY_NAME,
          limit: clampLimit(options?.limit ?? 20),
        },
        signal,
      );
      return page.items.map(toMember);
    },

    async getMember(id, signal) {
      return toMember(
        await client.get('workspaceMembers', 'workspaceMember', wireMemberSchema, id, 0, signal),
      );
    },
  };
}
