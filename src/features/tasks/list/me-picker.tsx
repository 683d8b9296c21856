import { useMe, type Me } from '@/features/members/api/me-store';
import { Button } from '@/components/ui/button';
import { AssigneeCombobox } from '../fields/assignee-combobox';
import styles from './me-picker.module.css';

/**
 * "Who are you?": the user picks their own workspace member once, searched on the server like
 * an assignee; it is remembered for this backend (me-store.ts). Settings and My tasks show it.
 */
export function MePicker({
  onPicked,
  label = 'Who are you?',
}: {
  onPicked?: (me: Me) => void;
  label?: string;
}) {
  const { me, setMe } = useMe();
  return (
    <div className={styles.picker}>
      <AssigneeCombobox
        label={label}
        value={me?.id ?? null}
        assignee={me}
        emptyLabel="Nobody picked"
        onChange={(_id, member) => {
          // The empty choice forgets who you are; a member is remembered with their name.
          const next = member ? { id: member.id, name: member.name } : null;
          setMe(next);
          if (next) onPicked?.(next);
        }}
      />
      {me ? (
        <Button variant="ghost" size="sm" onClick={() => setMe(null)}>
          Forget
        </Button>
      ) : null}
    </div>
  );
}
