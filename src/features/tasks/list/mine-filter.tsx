import { Button as AriaButton, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { useBackend } from '@/backends/backend-context';
import { useMe } from '@/features/members/api/me-store';
import { offersMyTasks } from '../capability-views';
import { MePicker } from './me-picker';
import styles from './mine-filter.module.css';

/**
 * The "Mine" filter: assignee = me, as a toggle beside the assignee filter. Until the user has
 * said who they are it asks first, then filters.
 */
export function MineFilter({
  assignee,
  onChange,
}: {
  assignee: string | null;
  onChange: (assignee: string | null) => void;
}) {
  const { capabilities } = useBackend();
  const { me } = useMe();
  if (!offersMyTasks(capabilities)) return null;
  if (me) {
    const pressed = assignee === me.id;
    return (
      <button
        type="button"
        className={styles.toggle}
        aria-pressed={pressed}
        title={`Only tasks assigned to ${me.name}`}
        onClick={() => onChange(pressed ? null : me.id)}
      >
        Mine
      </button>
    );
  }
  return (
    <DialogTrigger>
      <AriaButton className={styles.toggle}>Mine…</AriaButton>
      <Popover className={styles.popover} placement="bottom start">
        <Dialog aria-label="Who are you?" className={styles.dialog}>
          {({ close }) => (
            <>
              <p className={styles.hint}>
                Pick yourself once: Mine then shows the tasks assigned to you.
              </p>
              <MePicker
                onPicked={(picked) => {
                  onChange(picked.id);
                  close();
                }}
              />
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
