import { Link } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { paths } from '@/config/paths';
import type { TargetRef, TaskTag } from '@/domain/types';
import { revealBidiControls } from '@/domain/reveal-bidi';
import { gathersLinkedTasks } from './capability-views';
import styles from './capability-screens.module.css';

// What a task hangs on, as its backend names it (Rolodex contacts, a Peoplelogic entity). A
// chip opens that thing's tasks where the backend can list them; otherwise it only names it.

const labelOf = (target: TargetRef) =>
  target.label ? revealBidiControls(target.label) : `${target.kind} ${target.id}`;

export function LinkedChips({ linked, label }: { linked: readonly TargetRef[]; label: string }) {
  const backend = useBackend();
  if (linked.length === 0) return null;
  const opens = gathersLinkedTasks(backend.capabilities);
  return (
    <ul className={styles.chips} aria-label={label}>
      {linked.map((target) => (
        <li key={`${target.kind}:${target.id}`}>
          {opens ? (
            <Link
              className={styles.chip}
              to={paths.linked(target.kind, target.id, target.label ?? undefined)}
            >
              {labelOf(target)}
            </Link>
          ) : (
            <span className={styles.chip}>{labelOf(target)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TagChips({ tags }: { tags: readonly TaskTag[] | undefined }) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag.id} className={styles.tag}>
          {revealBidiControls(tag.name)}
        </li>
      ))}
    </ul>
  );
}
