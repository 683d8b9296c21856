import type { Backend } from '@/backends/backend';
import type {
  Page,
  RecordByKind,
  RecordDetailByKind,
  RecordKind,
  RecordSummary,
} from '@/domain/types';
import { chunk, type DalilClient } from './dalil-client';
import { isIn } from './filter';
import { LOOKUP_LIMIT } from './params';
import { PLURAL, RECORD_ORDER, SINGULAR, recordSearchFilter } from './record-query';
import {
  toCompany,
  toCompanyDetail,
  toOpportunity,
  toOpportunityDetail,
  toPerson,
  toPersonDetail,
} from './to-domain';
import {
  wireCompanyDetailSchema,
  wireCompanySchema,
  wireOpportunityDetailSchema,
  wireOpportunitySchema,
  wirePersonDetailSchema,
  wirePersonSchema,
} from './wire-schemas';

// People, companies and opportunities: lists searched by name, summaries for chips in
// batches, and one record with its relations (depth 1) for the record pages.

type RecordMethods = Pick<Backend, 'listRecords' | 'getRecordSummaries' | 'getRecord'>;

// One list per kind, typed by kind; TypeScript cannot narrow a generic K through a switch.
async function listOf(
  client: DalilClient,
  kind: RecordKind,
  params: Parameters<DalilClient['list']>[2],
  signal?: AbortSignal,
): Promise<Page<RecordByKind[RecordKind]>> {
  const plural = PLURAL[kind];
  switch (kind) {
    case 'person': {
      const page = await client.list(plural, wirePersonSchema, params, signal);
      return { ...page, items: page.items.map(toPerson) };
    }
    case 'company': {
      const page = await client.list(plural, wireCompanySchema, params, signal);
      return { ...page, items: page.items.map(toCompany) };
    }
    case 'opportunity': {
      const page = await client.list(plural, wireOpportunitySchema, params, signal);
      return { ...page, items: page.items.map(toOpportunity) };
    }
  }
}

/**
 * The records among `ids` (at most LOOKUP_LIMIT), in one request where the server serves pages
 * that large, else page by page.
 */
async function lookUp(
  client: DalilClient,
  kind: RecordKind,
  ids: string[],
  signal?: AbortSignal,
): Promise<RecordByKind[RecordKind][]> {
  const filter = isIn('id', ids);
  const items: RecordByKind[RecordKind][] = [];
  let cursor: string | null = null;
  do {
    const page = await listOf(
      client,
      kind,
      {
        depth: 0,
        filter,
        // An order real cursors can follow, for a server that serves fewer rows a page.
        orderBy: RECORD_ORDER,
        limit: ids.length,
        largePage: true,
        startingAfter: cursor,
      },
      signal,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && items.length < ids.length);
  return items;
}

async function detailOf(
  client: DalilClient,
  kind: RecordKind,
  id: string,
  signal?: AbortSignal,
): Promise<RecordDetailByKind[RecordKind]> {
  const [plural, singular] = [PLURAL[kind], SINGULAR[kind]];
  switch (kind) {
    case 'person':
      return toPersonDetail(
        await client.get(plural, singular, wirePersonDetailSchema, id, 1, signal),
      );
    case 'company':
      return toCompanyDetail(
        await client.get(plural, singular, wireCompanyDetailSchema, id, 1, signal),
      );
    case 'opportunity':
      return toOpportunityDetail(
        await client.get(plural, singular, wireOpportunityDetailSchema, id, 1, signal),
      );
  }
}

export function dalilRecordMethods(client: DalilClient): RecordMethods {
  return {
    async listRecords<K extends RecordKind>(
      kind: K,
      query: { search?: string; cursor?: string | null; limit?: number },
      signal?: AbortSignal,
    ) {
      const page = await listOf(
        client,
        kind,
        {
          depth: 0,
          filter: recordSearchFilter(kind, query.search),
          orderBy: RECORD_ORDER,
          limit: query.limit,
          startingAfter: query.cursor,
        },
        signal,
      );
      return page as Page<RecordByKind[K]>;
    },

    async getRecordSummaries(kind, ids, signal) {
      const unique = [...new Set(ids)];
      const found = await Promise.all(
        chunk(unique, LOOKUP_LIMIT).map((part) => lookUp(client, kind, part, signal)),
      );
      const byId = new Map(found.flat().map((r) => [r.id, r.name]));
      return unique.flatMap((id): RecordSummary[] => {
        const name = byId.get(id);
        return name === undefined ? [] : [{ kind, id, name }];
      });
    },

    async getRecord<K extends RecordKind>(kind: K, id: string, signal?: AbortSignal) {
      return (await detailOf(client, kind, id, signal)) as RecordDetailByKind[K];
    },
  };
}
