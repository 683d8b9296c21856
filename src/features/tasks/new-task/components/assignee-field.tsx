import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/describe-error';
import { memberQueries } from '@/features/members/api/queries';
import { useBackend } from '@/backends/backend-context';
import styles from './new-task-dialog.module.css';

/** The workspace members; '' is "Unassigned". */
export function AssigneeField({
  id,
  value,
  onChange,
  isDisabled,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  isDisabled: boolean;
}) {
  const backend = useBackend();
  const members = useQuery(memberQueries.list(backend));
  const hintId = `${id}-hint`;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Assignee
      </label>
      <select
        id={id}
        className={styles.select}
        value={value}
        disabled={isDisabled}
        aria-describedby={members.isError ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Unassigned</option>
        {members.data?.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
        {members.isPending && backend.capabilities.canListMembers ? (
          <option disabled value="loading">
            Loading members…
          </option>
        ) : null}
      </select>
      {members.isError ? (
        <p id={hintId} className={styles.hint}>
          Could not load the members ({describeError(members.error).title}).{' '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => void members.refetch()}
          >
            Retry
          </button>
        </p>
      ) : null}
    </div>
  );
}
