import type { Check } from './schema';

// Checks for schema.check(...). Lengths count a string's code points, as zod does, so an emoji
// is one character.

type Lengthy = string | readonly unknown[];

const size = (value: Lengthy) => (typeof value === 'string' ? [...value].length : value.length);
const unit = (value: Lengthy) => (typeof value === 'string' ? 'characters' : 'items');

export const minLength =
  (minimum: number): Check<Lengthy> =>
  (value) =>
    size(value) >= minimum
      ? undefined
      : [
          'too_small',
          minimum === 1 && typeof value === 'string'
            ? 'expected a non-empty string'
            : `expected at least ${minimum} ${unit(value)}`,
        ];

export const maxLength =
  (maximum: number): Check<Lengthy> =>
  (value) =>
    size(value) <= maximum ? undefined : ['too_big', `expected at most ${maximum} ${unit(value)}`];

export const regex =
  (pattern: RegExp): Check<string> =>
  (value) => {
    // A global or sticky pattern remembers where it last matched.
    pattern.lastIndex = 0;
    return pattern.test(value) ? undefined : ['invalid_format', 'not in the expected form'];
  };

export const nonnegative = (): Check<number> => (value) =>
  value >= 0 ? undefined : ['too_small', 'expected a number of 0 or more'];
