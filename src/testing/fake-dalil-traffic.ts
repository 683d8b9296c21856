import { delay, HttpResponse } from 'msw';

// What a test sees of the fake Dalil API's traffic: every request logged in the order it came
// (to check the request plan), chosen routes answered with an error, and chosen routes held
// back so a test can look at what the app shows before the server has answered.

export type JsonBody = Record<string, unknown>;

export type LoggedRequest = {
  method: string;
  /** `/rest/tasks` or `/rest/tasks/<id>`. */
  path: string;
  params: URLSearchParams;
  body: JsonBody | null;
  /** `GET /rest/people/<id>`; a list read also shows its query, which is what tests look at. */
  line: string;
};

/** A route as `'PATCH /rest/tasks/:id'`: a method and a path where `:name` is one segment. */
export type Route = string;

export type FaultOptions = {
  /** Default 500. */
  status?: number;
  /** Default "Database unavailable". */
  message?: string;
  /** Only the next matching request fails; otherwise every one until `recover()`. */
  once?: boolean;
  /** Only the requests this accepts fail (say, a relation to one record). */
  when?: (request: LoggedRequest) => boolean;
};

const ERROR_NAMES: Record<number, string> = {
  400: 'BadRequestException',
  404: 'NotFoundException',
  500: 'InternalServerError',
};

/** An error answer in the contract's shape (`messages` is an array). */
export function errorResponse(status: number, message: string) {
  return HttpResponse.json(
    { statusCode: status, error: ERROR_NAMES[status] ?? 'Error', messages: [message] },
    { status },
  );
}

function routePattern(route: Route): RegExp {
  const [method = '', path = ''] = route.split(' ');
  const segments = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${method} ${segments.join('/')}$`);
}

export function createTraffic() {
  const log: LoggedRequest[] = [];
  const faults: (FaultOptions & { pattern: RegExp })[] = [];
  const holds: { pattern: RegExp | null; released: Promise<void> }[] = [];

  return {
    log,

    /** Logs a request, waits while it is held, and gives the failure chosen for it, if any. */
    async intercept(request: LoggedRequest): Promise<Response | null> {
      log.push(request);
      const route = `${request.method} ${request.path}`;
      const held = holds.filter((hold) => !hold.pattern || hold.pattern.test(route));
      if (held.length > 0) {
        // Not Promise.all: its extra turns let a test that saw the request logged read the
        // tables before the held answer has changed them.
        for (const hold of held) await hold.released;
        await delay(0);
      }
      const fault = faults.find((f) => f.pattern.test(route) && (f.when?.(request) ?? true));
      if (!fault) return null;
      if (fault.once) faults.splice(faults.indexOf(fault), 1);
      return errorResponse(fault.status ?? 500, fault.message ?? 'Database unavailable');
    },

    /** Answers the requests to `route` with an error, as the options say. */
    fail(route: Route, options: FaultOptions = {}) {
      faults.push({ ...options, pattern: routePattern(route) });
    },

    recover() {
      faults.length = 0;
    },

    /** Holds the requests to `route` (every request without one) until the returned call. */
    hold(route?: Route) {
      let release = () => {};
      const hold = {
        pattern: route ? routePattern(route) : null,
        released: new Promise<void>((resolve) => (release = resolve)),
      };
      holds.push(hold);
      return () => {
        if (holds.includes(hold)) holds.splice(holds.indexOf(hold), 1);
        release();
      };
    },

    /** The logged lines that match `pattern`. */
    calls(pattern: RegExp) {
      return log.map((request) => request.line).filter((line) => pattern.test(line));
    },

    /** The logged requests with exactly this method and path. */
    requests(method: string, path: string) {
      return log.filter((request) => request.method === method && request.path === path);
    },
  };
}

export type Traffic = ReturnType<typeof createTraffic>;
