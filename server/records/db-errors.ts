import { badRequest, HttpError } from '../errors.ts';
import { OBJECTS, type ObjectMeta } from '../metadata.ts';
import { fkConstraintName, ONE_TARGET_CONSTRAINT } from '../schema.ts';

// The application checks every rule before writing, so these mappings only fire on a race (a
// target deleted between the check and the insert). They keep such a race a 400, never a 500.

export const ONE_TARGET_MESSAGE =
  'A task relation links exactly one record: set exactly one of personId, companyId, opportunityId (one target per relation)';

export const unknownReference = (foreignKey: string, target: ObjectMeta, id: string) =>
  badRequest(`Invalid value for '${foreignKey}': no ${target.nameSingular} found with id '${id}'`);

export const alreadyExists = () => badRequest('Record already exists');

type PgError = { code: string; constraint?: string; detail?: string; message: string };

const isPgError = (error: unknown): error is PgError =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

function foreignKeyError(meta: ObjectMeta, error: PgError): HttpError | undefined {
  for (const rel of meta.relations) {
    if (rel.kind !== 'manyToOne' || fkConstraintName(meta, rel.foreignKey) !== error.constraint)
      continue;
    const id = /=\(([^)]*)\)/.exec(error.detail ?? '')?.[1] ?? '';
    return unknownReference(rel.foreignKey, OBJECTS[rel.target], id);
  }
  return undefined;
}

/** Turns a PostgreSQL constraint or data error into the 400 the client should have had. */
export function mapDbError(meta: ObjectMeta, error: unknown): unknown {
  if (!isPgError(error)) return error;
  switch (error.code) {
    case '23503':
      return foreignKeyError(meta, error) ?? badRequest('A referenced record does not exist');
    case '23505':
      return alreadyExists();
    case '23514':
      return error.constraint === ONE_TARGET_CONSTRAINT
        ? badRequest(ONE_TARGET_MESSAGE)
        : badRequest(`Invalid value (${error.constraint ?? 'check'} failed)`);
    case '23502': {
      const column = /column "([^"]+)"/.exec(error.message)?.[1] ?? 'a required field';
      return badRequest(`'${column}' cannot be null`);
    }
    default:
      // Class 22 is "data exception": a value PostgreSQL could not take (out of range, bad text).
      return error.code.startsWith('22') ? badRequest(`Invalid value: ${error.message}`) : error;
  }
}
