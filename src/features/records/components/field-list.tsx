import type { ReactNode } from 'react';
import styles from './record-detail.module.css';

export type Field = { label: string; value: ReactNode };

/** A record's fields as label/value pairs; an empty value reads as a quiet dash, not a blank. */
export function FieldList({ fields }: { fields: readonly Field[] }) {
  return (
    <dl className={styles.fields}>
      {fields.map((field) => (
        <div key={field.label} className={styles.field}>
          <dt className={styles.label}>{field.label}</dt>
          <dd className={styles.value}>
            {field.value === null || field.value === undefined || field.value === '' ? (
              <span className={styles.empty}>—</span>
            ) : (
              field.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
