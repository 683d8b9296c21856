// The schema module's public names, zod/mini's for the same things, read as `z.<name>`.
export { array } from './array';
export { maxLength, minLength, nonnegative, regex } from './checks';
export { extend, looseObject, object, type ObjectSchema, type Shape } from './object';
export { boolean, enumOf as enum, int, literal, number, string, unknown } from './scalars';
export {
  SchemaError,
  type Check,
  type Issue,
  type output as infer,
  type output,
  type SafeParseResult,
  type Schema,
} from './schema';
export { discriminatedUnion, union } from './union';
export { nullable, nullish, optional, pipe, transform } from './wrappers';
