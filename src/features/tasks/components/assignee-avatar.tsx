import type { CSSProperties } from 'react';
import type { MemberSummary } from '@/domain/types';
import styles from './task-card.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** The assignee's initials, with a hue picked from the id so people are told apart at a glance. */
function hue(id: string): number {
  let sum = 0;
  for (const char of id) sum = (sum * 31 + char.charCodeAt(0)) % 360;
  return sum;
}

/** Named from the assignee the task carries (depth 1): no member list is needed. */
export function AssigneeAvatar({
  assigneeId,
  assignee,
}: {
  assigneeId: string | null;
  assignee: MemberSummary | null | undefined;
}) {
  if (!assigneeId) {
    return (
      <span role="img" aria-label="Unassigned" title="Unassigned" className={styles.avatarEmpty} />
    );
  }
  const known = assignee?.id === assigneeId ? assignee.name : null;
  const name = known ?? 'Unknown member';
  return (
    <span
      role="img"
      aria-label={`Assigned to ${name}`}
      title={name}
      className={styles.avatar}
      style={{ '--avatar-hue': hue(assigneeId) } as CSSProperties}
    >
      <span aria-hidden="true">{known ? initials(known) : '?'}</span>
    </span>
  );
}
