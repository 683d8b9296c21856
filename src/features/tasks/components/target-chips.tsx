import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import type { TaskTarget } from '@/domain/types';
import type { NameMap } from '../use-page-names';
import styles from './task-card.module.css';
import { RECORD_KIND_LABELS } from '@/domain/labels';

/** Links to the records a task is linked to; a name still loading shows as a placeholder. */
export function TargetChips({
  targets,
  names,
  namesFailed,
}: {
  targets: readonly TaskTarget[];
  names: NameMap;
  namesFailed: boolean;
}) {
  const chips = targets.flatMap((relation) => (relation.target ? [relation.target] : []));
  if (chips.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Linked records">
      {chips.map((target) => {
        const name = names.get(target.id);
        const pending = name === undefined && !namesFailed;
        const label =
          name ??
          (name === null ? `Unknown ${target.kind}` : RECORD_KIND_LABELS[target.kind].singular);
        return (
          <li key={`${target.kind}:${target.id}`}>
            <Link
              to={paths.record(target.kind, target.id)}
              className={styles.chip}
              data-kind={target.kind}
              aria-busy={pending || undefined}
              title={`${RECORD_KIND_LABELS[target.kind].singular}: ${label}`}
            >
              <span className={styles.chipIcon} aria-hidden="true" />
              <span className={pending ? styles.chipPending : styles.chipText}>{label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
