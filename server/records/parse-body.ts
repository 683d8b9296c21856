import { badRequest, HttpError } from '../errors.ts';
import {
  COMPOSITE_SUBFIELDS,
  compositeColumn,
  type CompositeField,
  type ObjectMeta,
} from '../metadata.ts';
import { blocknoteToMarkdown, markdownToBlocknote } from './rich-text.ts';
import { columnValue, shown } from './values.ts';

/** Column -> value for the columns a body sets; absent columns are left alone. */
export type ColumnValues = Record<string, unknown>;

export type ParseOptions = {
  mode: 'create' | 'update';
  /** Prefix for messages about one record of a batch ("record 3: ..."). */
  label?: string;
  /** Seeding only: keep createdAt/updatedAt/createdBy from the body instead of ignoring them. */
  allowSystemFields?: boolean;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function compositeValues(meta: ObjectMeta, field: CompositeField, value: unknown): ColumnValues {
  const subs = COMPOSITE_SUBFIELDS[field.type];
  const out: ColumnValues = {};
  if (value === null) {
    for (const sub of subs) out[compositeColumn(field.name, sub.name)] = null;
    return out;
  }
  const allowed = subs.map((s) => s.name).join(', ');
  if (!isPlainObject(value)) {
    throw badRequest(
      `Invalid value for '${field.name}': expected an object with ${allowed}, got ${shown(value)}`,
    );
  }
  for (const [key, sub] of Object.entries(value)) {
    const subMeta = subs.find((s) => s.name === key);
    if (!subMeta) {
      throw badRequest(
        `Unknown sub-field '${key}' of '${field.name}' on ${meta.nameSingular}. Allowed: ${allowed}`,
      );
    }
    const path = `${field.name}.${key}`;
    out[compositeColumn(field.name, key)] =
      sub === null ? null : columnValue(path, subMeta.type, sub, subMeta.enumValues);
  }
  if (field.type === 'RICH_TEXT_V2') fillRichText(field.name, out);
  return out;
}

/** Keeps markdown and blocknote in step when a body sends only one of them. */
function fillRichText(name: string, out: ColumnValues) {
  const md = compositeColumn(name, 'markdown');
  const bn = compositeColumn(name, 'blocknote');
  if (md in out && !(bn in out)) {
    out[bn] = typeof out[md] === 'string' ? markdownToBlocknote(out[md]) : null;
  } else if (bn in out && !(md in out)) {
    out[md] =
      typeof out[bn] === 'string' ? blocknoteToMarkdown(out[bn], `${name}.blocknote`) : null;
  } else if (typeof out[bn] === 'string') {
    blocknoteToMarkdown(out[bn], `${name}.blocknote`);
  }
}

function parseFields(meta: ObjectMeta, body: unknown, options: ParseOptions): ColumnValues {
  if (!isPlainObject(body)) {
    throw badRequest(`Body must be a JSON object describing one ${meta.nameSingular}`);
  }
  const values: ColumnValues = {};
  for (const [key, value] of Object.entries(body)) {
    const field = meta.fields.find((f) => f.name === key);
    if (!field) {
      const relation = meta.relations.find((r) => r.name === key);
      if (relation?.kind === 'manyToOne') {
        throw badRequest(`'${key}' is a relation; set '${relation.foreignKey}' instead`);
      }
      if (relation) throw badRequest(`'${key}' is a relation and cannot be written here`);
      // Old Twenty builds had a plain `body`; say where the text goes now.
      const hint = meta.fields.some((f) => f.name === `${key}V2`)
        ? `; send ${key}V2: {markdown}`
        : '';
      throw badRequest(`Unknown field '${key}' on ${meta.nameSingular}${hint}`);
    }
    if (field.system && !options.allowSystemFields) {
      // Twenty fills these itself: a create silently ignores them, an update may not change them.
      if (options.mode === 'create') continue;
      throw badRequest(`'${key}' is set by the server and cannot be updated`);
    }
    if (field.kind === 'composite') {
      Object.assign(values, compositeValues(meta, field, value));
      continue;
    }
    if (value === null) {
      if (!field.nullable) throw badRequest(`'${key}' cannot be null`);
      values[field.name] = null;
      continue;
    }
    values[field.name] = columnValue(key, field.type, value, field.enumValues);
  }
  return values;
}

/** Validates a create or update body against the object's metadata; throws a 400 naming the problem. */
export function parseBody(meta: ObjectMeta, body: unknown, options: ParseOptions): ColumnValues {
  try {
    return parseFields(meta, body, options);
  } catch (error) {
    if (!options.label || !(error instanceof HttpError)) throw error;
    throw badRequest(...error.messages.map((m) => `${options.label}: ${m}`));
  }
}
