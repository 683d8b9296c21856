import {
  COMPOSITE_SUBFIELDS,
  compositeColumn,
  type ObjectMeta,
  type ScalarType,
} from '../metadata.ts';

// The flat list of SQL columns behind an object's fields: a scalar field is one column, a
// composite field one column per sub-field. The DDL, INSERT and the serializer all walk this.
export type ColumnMeta = {
  column: string;
  field: string;
  /** Sub-field name for a composite column. */
  sub?: string;
  type: ScalarType;
  enumValues?: readonly string[];
  nullable: boolean;
  /** Stored when a create leaves the field out (Twenty's field default). */
  default?: unknown;
};

const cache = new Map<ObjectMeta, ColumnMeta[]>();

export function objectColumns(meta: ObjectMeta): ColumnMeta[] {
  const cached = cache.get(meta);
  if (cached) return cached;
  const columns: ColumnMeta[] = meta.fields.flatMap((field): ColumnMeta[] => {
    if (field.kind === 'scalar') {
      return [
        {
          column: field.name,
          field: field.name,
          type: field.type,
          enumValues: field.enumValues,
          nullable: field.nullable,
          default: field.default,
        },
      ];
    }
    return COMPOSITE_SUBFIELDS[field.type].map((sub) => ({
      column: compositeColumn(field.name, sub.name),
      field: field.name,
      sub: sub.name,
      type: sub.type,
      enumValues: sub.enumValues,
      nullable: true,
    }));
  });
  cache.set(meta, columns);
  return columns;
}

export const SQL_TYPES: Record<ScalarType, string> = {
  uuid: 'uuid',
  text: 'text',
  datetime: 'timestamptz',
  number: 'double precision',
  integer: 'integer',
  boolean: 'boolean',
  enum: 'text',
  json: 'jsonb',
};

/** A `?` placeholder for a column's value; json travels as text so PGlite never re-encodes it. */
export const placeholder = (type: ScalarType) => (type === 'json' ? '(?::text)::jsonb' : '?');
