import { badRequest } from '../errors.ts';
import type { ScalarType } from '../metadata.ts';

// Checks one JSON value against a scalar type and returns what goes into the column. Every
// refusal names the field, the expected type, and (shortened) what was sent.

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const INT32 = 2 ** 31;
/** Beyond 2^53 a double no longer holds every integer: `x + 1 === x`. */
const SAFE_NUMBER = Number.MAX_SAFE_INTEGER;
/** New records get MIN(position) - 1 (they go first, as in Twenty). Keeping client positions 8x
 *  inside ±2^53 leaves room for billions of creates in which each new position is exact and
 *  strictly below every other. */
export const POSITION_LIMIT = 2 ** 50;

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID_RE.test(value);

/** A value quoted for a message, cut short so a huge body never floods a response. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function assertUuid(value: string): string {
  if (!UUID_RE.test(value)) throw badRequest(`'${shown(value)}' is not a valid UUID`);
  return value;
}

/** ISO 8601 date or date-time; a time without offset is read as UTC so the result is stable. */
export function parseDateTime(text: string): string | undefined {
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, offset] = m;
  // PostgreSQL has no year 0 in ISO form, and five-digit years are not ISO 8601 anyway.
  if (Number(y) < 1) return undefined;
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59))
    return undefined;
  const normalised = h === undefined || offset ? text.trim() : `${text.trim()}Z`;
  const date = new Date(normalised.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const EXPECTED: Record<ScalarType, string> = {
  uuid: 'a UUID string',
  text: 'a string',
  datetime: 'an ISO 8601 date-time string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  enum: 'one of the allowed values',
  json: 'an array',
};

// PostgreSQL text and jsonb cannot hold U+0000.
const noNul = (path: string) =>
  badRequest(`Invalid value for '${path}': text may not contain the NUL character (\\u0000)`);

export function columnValue(
  path: string,
  type: ScalarType,
  value: unknown,
  enumValues?: readonly string[],
): unknown {
  const wrong = () =>
    badRequest(`Invalid value for '${path}': expected ${EXPECTED[type]}, got ${shown(value)}`);
  switch (type) {
    case 'uuid':
      if (typeof value !== 'string') throw wrong();
      if (!UUID_RE.test(value)) {
        throw badRequest(`Invalid value for '${path}': '${shown(value)}' is not a valid UUID`);
      }
      return value.toLowerCase();
    case 'text':
      if (typeof value !== 'string') throw wrong();
      if (value.includes('\u0000')) throw noNul(path);
      return value;
    case 'datetime': {
      const iso = typeof value === 'string' ? parseDateTime(value) : undefined;
      if (iso === undefined) throw wrong();
      return iso;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong();
      const limit = path === 'position' ? POSITION_LIMIT : SAFE_NUMBER;
      if (Math.abs(value) > limit) {
        throw badRequest(
          `Invalid value for '${path}': ${value} is out of range; expected a number from -${limit} to ${limit}`,
        );
      }
      return value;
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) >= INT32) {
        throw wrong();
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return value;
    case 'enum':
      if (typeof value !== 'string' || !enumValues?.includes(value)) {
        throw badRequest(
          `Invalid value for '${path}': ${shown(value)} is not allowed. Allowed values: ${enumValues?.join(', ')}`,
        );
      }
      return value;
    case 'json': {
      if (!Array.isArray(value)) throw wrong();
      let nul = false;
      const text = JSON.stringify(value, (key: string, item: unknown) => {
        if (key.includes('\u0000') || (typeof item === 'string' && item.includes('\u0000')))
          nul = true;
        return item;
      });
      if (nul) throw noNul(path);
      return text;
    }
  }
}
