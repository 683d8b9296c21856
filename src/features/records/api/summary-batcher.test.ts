import { describe, expect, it } from 'vitest';
import type { RecordKind, RecordSummary } from '@/domain/types';
import { createQueryClient } from '@/lib/query-client';
import { recordQueries } from './queries';
import {
  createSummaryBatcher,
  SUMMARY_BATCH_SIZE,
  SUMMARY_BATCH_WINDOW_MS,
  type SummarySource,
} from './summary-batcher';

type Call = { kind: RecordKind; ids: readonly string[]; answer: () => void };

/**
 * A backend that knows the given names and answers each request only when told to; like the
 * real ones, it gives up on a request whose signal aborts.
 */
function fakeBackend(known: Record<string, string>) {
  const calls: Call[] = [];
  const backend: SummarySource = {
    getRecordSummaries: (kind, ids, signal) =>
      new Promise<RecordSummary[]>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new Error('aborted')));
        const answer = () =>
          resolve(ids.flatMap((id) => (id in known ? [{ kind, id, name: known[id]! }] : [])));
        calls.push({ kind, ids, answer });
      }),
  };
  const answerAll = () => calls.forEach((call) => call.answer());
  return { backend, calls, answerAll };
}

/** Lets the open batch go out. */
const nextTick = () => new Promise((resolve) => setTimeout(resolve, SUMMARY_BATCH_WINDOW_MS + 5));

describe('the record summary batcher', () => {
  it('sends the ids asked for in one tick as one request per kind', async () => {
    const { backend, calls, answerAll } = fakeBackend({ a: 'Ada', b: 'Bob', c: 'Acme' });
    const batcher = createSummaryBatcher(backend);
    const names = Promise.all([
      batcher.load('person', 'a'),
      batcher.load('person', 'b'),
      batcher.load('company', 'c'),
      batcher.load('person', 'a'),
    ]);
    await nextTick();
    expect(calls.map(({ kind, ids }) => ({ kind, ids }))).toEqual([
      { kind: 'person', ids: ['a', 'b'] },
      { kind: 'company', ids: ['c'] },
    ]);
    answerAll();
    expect(await names).toEqual(['Ada', 'Bob', 'Acme', 'Ada']);
  });

  it('joins ids asked for in separate tasks close together (the columns landing one by one)', async () => {
    const { backend, calls, answerAll } = fakeBackend({ a: 'Ada', b: 'Bob' });
    const batcher = createSummaryBatcher(backend);
    const first = batcher.load('person', 'a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = batcher.load('person', 'b');
    await nextTick();
    expect(calls.map((call) => call.ids)).toEqual([['a', 'b']]);
    answerAll();
    expect(await Promise.all([first, second])).toEqual(['Ada', 'Bob']);
  });

  it('does not ask again for an id whose request is still on its way', async () => {
    const { backend, calls, answerAll } = fakeBackend({ a: 'Ada', b: 'Bob' });
    const batcher = createSummaryBatcher(backend);
    const first = batcher.load('person', 'a');
    await nextTick();
    const again = batcher.load('person', 'a');
    const other = batcher.load('person', 'b');
    await nextTick();
    expect(calls.map((call) => call.ids)).toEqual([['a'], ['b']]);
    answerAll();
    expect(await Promise.all([first, again, other])).toEqual(['Ada', 'Ada', 'Bob']);
  });

  it(`splits a batch into requests of at most ${SUMMARY_BATCH_SIZE} ids`, async () => {
    const ids = Array.from({ length: 2 * SUMMARY_BATCH_SIZE + 10 }, (_, i) => `id-${i}`);
    const { backend, calls, answerAll } = fakeBackend(
      Object.fromEntries(ids.map((id) => [id, `Name ${id}`])),
    );
    const batcher = createSummaryBatcher(backend);
    const names = Promise.all(ids.map((id) => batcher.load('opportunity', id)));
    await nextTick();
    expect(calls.map((call) => call.ids.length)).toEqual([
      SUMMARY_BATCH_SIZE,
      SUMMARY_BATCH_SIZE,
      10,
    ]);
    expect(calls.flatMap((call) => call.ids)).toEqual(ids);
    answerAll();
    expect(await names).toEqual(ids.map((id) => `Name ${id}`));
  });

  it('rejects every id of a failed request, and asks again next time', async () => {
    let failing = true;
    const asked: (readonly string[])[] = [];
    const batcher = createSummaryBatcher({
      getRecordSummaries: async (kind, ids) => {
        asked.push(ids);
        if (failing) throw new Error('503');
        return ids.map((id) => ({ kind, id, name: id.toUpperCase() }));
      },
    });
    const both = [batcher.load('person', 'a'), batcher.load('person', 'b')];
    for (const name of both) await expect(name).rejects.toThrow('503');
    failing = false;
    expect(await batcher.load('person', 'a')).toBe('A');
    expect(asked).toEqual([['a', 'b'], ['a']]);
  });
});

describe('record summary queries', () => {
  it('answers null for a record the backend does not know, and keeps that answer', async () => {
    const { backend, calls, answerAll } = fakeBackend({ a: 'Ada' });
    const client = createQueryClient({ retry: false });
    const names = Promise.all([
      client.fetchQuery(recordQueries.summary(backend, 'person', 'a')),
      client.fetchQuery(recordQueries.summary(backend, 'person', 'gone')),
    ]);
    await nextTick();
    answerAll();
    expect(await names).toEqual(['Ada', null]);
    expect(await client.fetchQuery(recordQueries.summary(backend, 'person', 'gone'))).toBeNull();
    expect(calls.map((call) => call.ids)).toEqual([['a', 'gone']]);
  });

  it('keeps a shared request going when one of the queries waiting on it is cancelled', async () => {
    const { backend, calls, answerAll } = fakeBackend({ a: 'Ada', b: 'Bob' });
    const client = createQueryClient({ retry: false });
    const a = recordQueries.summary(backend, 'person', 'a');
    void client.prefetchQuery(a);
    const b = client.fetchQuery(recordQueries.summary(backend, 'person', 'b'));
    await nextTick();
    // The card showing `a` went away mid-flight; it comes back before the answer lands.
    await client.cancelQueries({ queryKey: a.queryKey });
    const aAgain = client.fetchQuery(a);
    await nextTick();
    answerAll();
    expect(await Promise.all([aAgain, b])).toEqual(['Ada', 'Bob']);
    expect(calls.map((call) => call.ids)).toEqual([['a', 'b']]);
  });
});
