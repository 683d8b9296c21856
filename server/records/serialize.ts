import type { Row } from '../db.ts';
import type { ObjectMeta } from '../metadata.ts';
import { objectColumns } from './columns.ts';

export type JsonRecord = Record<string, unknown>;

function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A database row (keyed by column) as the record JSON of the contract: composites nested. */
export function serializeRow(meta: ObjectMeta, row: Row): JsonRecord {
  const record: JsonRecord = {};
  for (const column of objectColumns(meta)) {
    const value = jsonValue(row[column.column]);
    if (column.sub === undefined) {
      record[column.field] = value;
      continue;
    }
    const composite = (record[column.field] ??= {}) as JsonRecord;
    composite[column.sub] = value;
  }
  return record;
}
