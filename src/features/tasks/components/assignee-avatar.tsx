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

/** The assignee's name as the task carries it (depth 1), or null when it does not. */
export function assigneeName(
  assigneeId: string,
  assignee: MemberSummary | null | undefined,
): string | null {
  return assignee?.id === assigneeId ? assignee.name : null;
}

/**
 * A person's outline: "no one yet". Drawn solid, so it does not read as a placeholder still
 * loading (the dashed empty circle it replaces did).
 */
function UnassignedIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="5.5" r="2.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path
        d="M2.75 14c.5-2.9 2.6-4.5 5.25-4.5s4.75 1.6 5.25 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** The avatar's picture only: initials on the member's hue, or the unassigned icon. */
export function AvatarFace({
  assigneeId,
  assignee,
}: {
  assigneeId: string | null;
  assignee: MemberSummary | null | undefined;
}) {
  if (!assigneeId) {
    return (
      <span className={styles.avatarEmpty} aria-hidden="true">
        <UnassignedIcon />
      </span>
    );
  }
  const known = assigneeName(assigneeId, assignee);
  return (
    <span
      aria-hidden="true"
      className={styles.avatar}
      style={{ '--avatar-hue': hue(assigneeId) } as CSSProperties}
    >
      {known ? initials(known) : '?'}
    </span>
  );
}

/** Named from the assignee the task carries (depth 1): no member list is needed. */
export function AssigneeAvatar({
  assigneeId,
  assignee,
}: {
  assigneeId: string | null;
  assignee: MemberSummary | null | undefined;
}) {
  const label = assigneeId
    ? `Assigned to ${assigneeName(assigneeId, assignee) ?? 'Unknown member'}`
    : 'Unassigned';
  return (
    <span role="img" aria-label={label} title={label} className={styles.avatarSlot}>
      <AvatarFace assigneeId={assigneeId} assignee={assignee} />
    </span>
  );
}
