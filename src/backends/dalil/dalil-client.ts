import type { z } from '@/lib/schema';
import { ApiError } from '@/backends/api-error';
import type { HttpClient } from '@/backends/http';
import { parseAnswer } from './parse-answer';
import { depthParams, listParams, type ListParams } from './params';
import { listEnvelope, singleEnvelope } from './wire-schemas';

// The REST verbs of the Dalil contract over the http client: envelopes parsed by their schemas,
// cursors read from pageInfo, and the contract's error variants made uniform.

export type WirePage<T> = {
  items: T[];
  /** Only ever pageInfo's endCursor: a plain record id is not a cursor on real Twenty. */
  nextCursor: string | null;
  /** Whether more rows follow, even when there is no cursor to reach them with. */
  hasNextPage: boolean;
  totalCount: number | null;
};

/** Older Twenty builds answer an unknown id with 400 "Record not found": the app sees 404. */
export function normalizeError(error: unknown): unknown {
  if (
    error instanceof ApiError &&
    error.status === 400 &&
    error.messages.some((m) => /record not found/i.test(m))
  ) {
    return new ApiError(404, error.messages, error.retryAfter);
  }
  return error;
}

/** A create refused because its client-made id exists: an earlier try of it succeeded. */
export function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 400 || error.status === 409) &&
    error.messages.some((m) => /already exists/i.test(m))
  );
}

const recordPath = (plural: string, id: string) => `/rest/${plural}/${encodeURIComponent(id)}`;

export function createDalilClient(http: HttpClient) {
  async function call(...args: Parameters<HttpClient['request']>): Promise<unknown> {
    try {
      return await http.request(...args);
    } catch (error) {
      throw normalizeError(error);
    }
  }

  return {
    async list<T extends z.Schema<{ id: string }>>(
      plural: string,
      item: T,
      params: ListParams,
      signal?: AbortSignal,
    ): Promise<WirePage<z.output<T>>> {
      const query = listParams(params);
      const body = await call({ method: 'GET', path: `/rest/${plural}`, query, signal });
      const envelope = parseAnswer(listEnvelope(plural, item), body, plural);
      const items = (envelope.data[plural] ?? []) as z.output<T>[];
      // Without pageInfo (some builds), a full page is the only sign that more may follow.
      const hasNextPage =
        items.length > 0 &&
        (envelope.pageInfo?.hasNextPage ?? items.length >= Number(query.get('limit')));
      return {
        items,
        nextCursor: hasNextPage ? (envelope.pageInfo?.endCursor ?? null) : null,
        hasNextPage,
        totalCount: envelope.totalCount ?? null,
      };
    },

    async get<T extends z.Schema>(
      plural: string,
      singular: string,
      item: T,
      id: string,
      depth: 0 | 1,
      signal?: AbortSignal,
    ): Promise<z.output<T>> {
      const path = recordPath(plural, id);
      const body = await call({ method: 'GET', path, query: depthParams(depth), signal });
      return parseAnswer(singleEnvelope(singular, item), body, plural).data[
        singular
      ] as z.output<T>;
    },

    async create<T extends z.Schema>(
      plural: string,
      singular: string,
      item: T,
      record: Record<string, unknown>,
    ): Promise<z.output<T>> {
      const key = `create${capitalise(singular)}`;
      const body = await call({ method: 'POST', path: `/rest/${plural}`, body: record });
      return parseAnswer(singleEnvelope(key, item), body, plural).data[key] as z.output<T>;
    },

    async update<T extends z.Schema>(
      plural: string,
      singular: string,
      item: T,
      id: string,
      patch: Record<string, unknown>,
    ): Promise<z.output<T>> {
      const key = `update${capitalise(singular)}`;
      const body = await call({ method: 'PATCH', path: recordPath(plural, id), body: patch });
      return parseAnswer(singleEnvelope(key, item), body, plural).data[key] as z.output<T>;
    },

    /** Deleting what is already gone counts as done, so a retried delete is harmless. */
    async remove(plural: string, id: string): Promise<void> {
      try {
        await call({ method: 'DELETE', path: recordPath(plural, id) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return;
        throw error;
      }
    },
  };
}

export type DalilClient = ReturnType<typeof createDalilClient>;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
