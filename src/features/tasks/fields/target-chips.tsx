import type { RecordSummary } from '@/domain/types';
import { targetKey } from '../new-task/run-link-workflow';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import styles from './target-picker.module.css';

/** The chosen records, each with a remove button that names what it removes. */
export function TargetChips({
  targets,
  onRemove,
  isDisabled = false,
}: {
  targets: readonly RecordSummary[];
  onRemove: (target: RecordSummary) => void;
  isDisabled?: boolean;
}) {
  if (targets.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Linked records">
      {targets.map((target) => (
        <li key={targetKey(target)} className={`${styles.chip} ${styles[target.kind]}`}>
          <span className={styles.chipKind}>{RECORD_KIND_LABELS[target.kind].singular}</span>
          <span className={styles.chipName}>{target.name}</span>
          <button
            type="button"
            className={styles.chipRemove}
            aria-label={`Remove ${target.name}`}
            disabled={isDisabled}
            onClick={() => onRemove(target)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
