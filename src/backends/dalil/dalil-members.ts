import type { Backend } from '@/backends/backend';
import type { Member } from '@/domain/types';
import type { DalilClient, WirePage } from './dalil-client';
import { and, contains, or, type Filter } from './filter';
import { MAX_LIMIT, clampLimit, type OrderBy } from './params';
import { toMember } from './to-domain';
import { wireMemberSchema, type WireMember } from './wire-schemas';

// Workspace members at workspace scale (Twenty's demo has 1,004). A search is one page asked of
// the server by name; nothing loads every member just to show one. Sorting by name is fine on a
// single page, but real Twenty cannot follow a cursor over the composite `name.firstName`
// (400 "Invalid cursor"), so the full list pages in id order and is sorted here.

type MemberMethods = Pick<Backend, 'listMembers' | 'searchMembers'>;

const BY_NAME: OrderBy = [
  ['name.firstName', 'AscNullsLast'],
  ['name.lastName', 'AscNullsLast'],
];
/** 20 × 60 members, 20 requests: the legacy full list stops there rather than spend the quota. */
const MAX_MEMBER_PAGES = 20;

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

const byName = (a: Member, b: Member) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

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

    async listMembers(signal) {
      const members: Member[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
        const result: WirePage<WireMember> = await client.list(
          'workspaceMembers',
          wireMemberSchema,
          { depth: 0, limit: MAX_LIMIT, startingAfter: cursor },
          signal,
        );
        members.push(...result.items.map(toMember));
        cursor = result.nextCursor;
        if (!cursor) break;
      }
      return members.sort(byName);
    },
  };
}
