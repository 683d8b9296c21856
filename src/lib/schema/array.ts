import { addIssue, define, type output, type Schema } from './schema';

export const array = <T extends Schema<unknown>>(item: T): Schema<output<T>[]> =>
  define((input, path, issues) => {
    if (!Array.isArray(input)) {
      addIssue(issues, path, 'invalid_type', 'expected array');
      return input as output<T>[];
    }
    // Array.from visits holes too, so a sparse array's gaps are checked like undefined items.
    return Array.from(
      input,
      (value, index) => item.run(value, [...path, index], issues) as output<T>,
    );
  });
