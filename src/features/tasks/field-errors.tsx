import styles from './capability-screens.module.css';

/**
 * A form's per-field error wiring: each input's id, aria-invalid and aria-describedby, and the
 * message it points to. Shared by the create-on-an-entity form and the task fields form.
 */
export function fieldErrors<Name extends string>(
  ids: string,
  errors: Partial<Record<Name, string>>,
) {
  const field = (name: Name) => ({
    id: `${ids}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${ids}-${name}-error` : undefined,
  });
  const error = (name: Name) =>
    errors[name] ? (
      <p id={`${ids}-${name}-error`} className={styles.error}>
        {errors[name]}
      </p>
    ) : null;
  return { field, error };
}
