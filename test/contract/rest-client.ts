import { z } from 'zod';

// A minimal Dalil REST client for the contract suite: real HTTP, Bearer key, URL-encoded query.
// Lenient about extra fields, since real workspaces return more than the embedded server.

export type Target = { baseUrl: string; apiKey: string };
export type Reply = { status: number; body: unknown };

export const recordSchema = z.looseObject({ id: z.string(), createdAt: z.string() });
export type WireRecord = z.infer<typeof recordSchema>;

export const taskTargetSchema = recordSchema.extend({
  taskId: z.string().nullish(),
  personId: z.string().nullish(),
  companyId: z.string().nullish(),
  opportunityId: z.string().nullish(),
  // Newest Twenty renamed the target columns (morph relation); read both spellings.
  targetPersonId: z.string().nullish(),
  targetCompanyId: z.string().nullish(),
  targetOpportunityId: z.string().nullish(),
});
export type WireTaskTarget = z.infer<typeof taskTargetSchema>;

export const personIdOf = (t: WireTaskTarget) => t.personId ?? t.targetPersonId ?? null;
export const companyIdOf = (t: WireTaskTarget) => t.companyId ?? t.targetCompanyId ?? null;

const errorSchema = z.looseObject({ statusCode: z.number(), messages: z.array(z.string()).min(1) });

export function restClient(target: Target) {
  const base = target.baseUrl.replace(/\/+$/, '');

  async function call(
    method: string,
    path: string,
    options: { query?: Record<string, string>; body?: unknown } = {},
  ): Promise<Reply> {
    const query = options.query ? `?${new URLSearchParams(options.query).toString()}` : '';
    const res = await fetch(`${base}${path}${query}`, {
      method,
      headers: {
        authorization: `Bearer ${target.apiKey}`,
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Left as text; the assertion below shows it.
    }
    return { status: res.status, body };
  }

  /** Expects `status` and returns `data[key]` parsed with `schema` (the envelope of section 1). */
  function data<T extends z.ZodType>(
    reply: Reply,
    status: number,
    key: string,
    schema: T,
  ): z.infer<T> {
    expect({ status: reply.status, body: reply.body }).toMatchObject({ status });
    const envelope = z.object({ data: z.record(z.string(), z.unknown()) }).parse(reply.body);
    return schema.parse(envelope.data[key]);
  }

  /** Expects a failure whose body has the contract's error shape. */
  function failure(reply: Reply, statuses: number[]): string[] {
    expect(statuses).toContain(reply.status);
    return errorSchema.parse(reply.body).messages;
  }

  return { call, data, failure };
}
