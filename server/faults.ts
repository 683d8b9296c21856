import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { HttpError } from './errors.ts';

// Test-only fault injection: fail chosen requests with a chosen status, or slow them down, so the
// app's retry and partial-failure paths can be exercised against the real server.

const ruleSchema = z
  .strictObject({
    /** HTTP method; omitted = any. */
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'method must be an HTTP method such as POST')
      .transform((m) => m.toUpperCase())
      .optional(),
    /** Exact path such as `/rest/taskTargets`, or a prefix ending in `*`; omitted = any. */
    path: z.string().startsWith('/', 'path must start with /').optional(),
    /** Fail every Nth matching request (1 = every one). */
    every: z.int().min(1).max(1_000_000).optional(),
    /** Fail `fail` of every `of` matching requests, spread evenly (3 of 10: the 4th, 7th, 10th…). */
    rate: z
      .strictObject({ fail: z.int().min(1), of: z.int().min(1) })
      .refine((r) => r.fail <= r.of, { message: 'rate.fail must not exceed rate.of' })
      .optional(),
    /** Stop failing after this many failures (a retry of them then goes through). */
    times: z.int().min(1).max(1_000_000).optional(),
    /** Status of a failed request (default 500). */
    status: z.int().min(400).max(599).optional(),
    /** Delay before every matching request is handled. */
    latencyMs: z.int().min(0).max(60_000).optional(),
    /** Fail after the handler ran: the change is made but its answer is lost (a flaky network). */
    after: z.boolean().optional(),
  })
  .refine(
    (r) =>
      r.every !== undefined ||
      r.rate !== undefined ||
      r.status !== undefined ||
      r.latencyMs !== undefined,
    { message: 'a rule needs "every", "rate", "status" or "latencyMs"' },
  )
  .refine((r) => r.every === undefined || r.rate === undefined, {
    message: 'a rule takes "every" or "rate", not both',
  });

export type FaultRule = z.infer<typeof ruleSchema>;

const rulesSchema = z.array(ruleSchema);

const describe = (error: z.ZodError) =>
  error.issues
    .map(({ path: [index, ...field], message }) => {
      const where = field.length > 0 ? ` "${field.join('.')}"` : '';
      return `rule ${String(index)}${where}: ${message}`;
    })
    .join('; ');

/** Validates rules given as JSON text (TASKLINK_FAULTS) or an already parsed value (test control). */
export function parseFaultRules(input: unknown): FaultRule[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new Error('not valid JSON; expected a rule object or an array of rules');
    }
  }
  // A single rule may be given without the array around it.
  const parsed = rulesSchema.safeParse(Array.isArray(value) ? value : [value]);
  if (!parsed.success) throw new Error(describe(parsed.error));
  return parsed.data;
}

const ERROR_NAMES: Record<number, string> = {
  400: 'BadRequestException',
  401: 'UNAUTHENTICATED',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  408: 'RequestTimeoutException',
  409: 'ConflictException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
  502: 'BadGatewayException',
  503: 'ServiceUnavailableException',
  504: 'GatewayTimeoutException',
};

export const injectedError = (status: number) =>
  new HttpError(status, ERROR_NAMES[status] ?? 'HttpException', [
    `Injected fault: this request was failed on purpose (status ${status})`,
  ]);

/** The live rule set; replaceable at run time by `PUT /__test/faults`. */
export class FaultState {
  private rules: FaultRule[] = [];
  private counts: number[] = [];
  private failures: number[] = [];

  constructor(rules: FaultRule[] = []) {
    this.replace(rules);
  }

  replace(rules: FaultRule[]) {
    this.rules = rules;
    this.counts = rules.map(() => 0);
    this.failures = rules.map(() => 0);
  }

  current(): readonly FaultRule[] {
    return this.rules;
  }

  /** Counts the request against every matching rule and says what to do with it. */
  decide(
    method: string,
    path: string,
  ): { latencyMs: number; fail?: { status: number; after: boolean } } {
    let latencyMs = 0;
    let fail: { status: number; after: boolean } | undefined;
    this.rules.forEach((rule, i) => {
      if (!matches(rule, method, path)) return;
      latencyMs = Math.max(latencyMs, rule.latencyMs ?? 0);
      if (rule.every === undefined && rule.rate === undefined && rule.status === undefined) return;
      if (rule.times !== undefined && (this.failures[i] ?? 0) >= rule.times) return;
      const count = (this.counts[i] ?? 0) + 1;
      this.counts[i] = count;
      if (!fail && failsAt(rule, count)) {
        this.failures[i] = (this.failures[i] ?? 0) + 1;
        fail = { status: rule.status ?? 500, after: rule.after ?? false };
      }
    });
    return { latencyMs, fail };
  }
}

/** Whether the rule fails its `count`th matching request. */
function failsAt(rule: FaultRule, count: number): boolean {
  if (rule.rate) {
    const { fail, of } = rule.rate;
    return Math.floor((count * fail) / of) > Math.floor(((count - 1) * fail) / of);
  }
  return count % (rule.every ?? 1) === 0;
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method !== method.toUpperCase()) return false;
  if (!rule.path) return true;
  return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultMiddleware(state: FaultState, wait = sleep): MiddlewareHandler {
  return async (c, next) => {
    const { latencyMs, fail } = state.decide(c.req.method, c.req.path);
    if (latencyMs > 0) await wait(latencyMs);
    if (fail && !fail.after) return c.json(injectedError(fail.status).body(), fail.status as 500);
    await next();
    if (fail) {
      // Drop the real answer first, or Hono would copy its headers (content-length included).
      c.res = undefined;
      c.res = new Response(JSON.stringify(injectedError(fail.status).body()), {
        status: fail.status,
        headers: { 'content-type': 'application/json' },
      });
    }
  };
}
