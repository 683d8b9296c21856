import { badRequest, shown } from '../shared/errors.ts';

// The body of POST and PATCH /api/v1/entity/{entity}/task, as the page lists it. Fields the page
// does not list are refused, so a client can never come to rely on them.

export type TaskBody = {
  name: string;
  /** undefined: leave as is; null: clear. */
  description?: string | null;
  /** YYYY-MM-DD, or null to clear. */
  dueDate?: string | null;
  order?: number;
  orderGroup?: string | null;
};

const FIELDS = ['name', 'description', 'dueDate', 'order', 'orderGroup'] as const;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NAME = 1000;
const INT32 = 2 ** 31;

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 1 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseTaskBody(body: unknown): TaskBody {
  if (!isObject(body)) throw badRequest('The body must be a JSON object describing the task');
  const unknown = Object.keys(body).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    throw badRequest(`Unknown field '${shown(unknown)}'; allowed: ${FIELDS.join(', ')}`);
  }
  const { name, description, dueDate, order, orderGroup } = body;
  if (name === undefined) throw badRequest("'name' is required");
  if (typeof name !== 'string' || name.trim() === '') {
    throw badRequest(`'name' must be a non-empty string; got ${shown(name)}`);
  }
  if (name.length > MAX_NAME) throw badRequest(`'name' is longer than ${MAX_NAME} characters`);
  if (description !== undefined && description !== null && typeof description !== 'string') {
    throw badRequest(`'description' must be a string; got ${shown(description)}`);
  }
  if (dueDate !== undefined && dueDate !== null) {
    if (typeof dueDate !== 'string' || !isCalendarDate(dueDate)) {
      throw badRequest(`'dueDate' must be a date as YYYY-MM-DD; got ${shown(dueDate)}`);
    }
  }
  if (order !== undefined) {
    if (typeof order !== 'number' || !Number.isInteger(order) || Math.abs(order) >= INT32) {
      throw badRequest(`'order' must be a whole number; got ${shown(order)}`);
    }
  }
  if (orderGroup !== undefined && orderGroup !== null) {
    if (typeof orderGroup !== 'string' || !UUID_RE.test(orderGroup)) {
      throw badRequest(`'orderGroup' must be a UUID; got ${shown(orderGroup)}`);
    }
  }
  return {
    name,
    ...(description !== undefined ? { description: description as string | null } : {}),
    ...(dueDate !== undefined ? { dueDate: dueDate as string | null } : {}),
    ...(order !== undefined ? { order: order as number } : {}),
    ...(orderGroup !== undefined
      ? { orderGroup: (orderGroup as string | null)?.toLowerCase() ?? null }
      : {}),
  };
}

/** The stored due time for a date: the time of day already stored, else 09:00 UTC. */
export function dueAtFor(date: string, stored: Date | null): string {
  const time = stored ? new Date(stored).toISOString().slice(10) : 'T09:00:00.000Z';
  return `${date}${time}`;
}
