import { useState, type RefObject } from 'react';
import {
  Autocomplete,
  Dialog,
  Input,
  Menu,
  MenuItem,
  SearchField,
  Text,
  type Key,
} from 'react-aria-components';
import { taskTitle } from '@/domain/labels';
import type { Member, Task } from '@/domain/types';
import { useMemberSearch } from '@/features/members/api/use-member-search';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import { useAssignTask } from './use-assign-task';
import styles from './assignee-menu.module.css';

/** The "no one" item's key; member ids are UUIDs, so no member can have it. */
const NONE_KEY = ':none';
const NONE_LABEL = 'Unassigned';

type Item = { key: string; label: string; email: string | null; member: Member | null };

/**
 * A task's assignee as a searchable menu under the control that opened it (the card's assignee
 * button, or the `a` key on a focused card, which presses it). Typing searches the workspace's
 * members on the server, a short page per pause; arrows move, Enter picks, Escape closes. The
 * pick is saved at once with Undo, and the focus goes back to the control on the card.
 */
export function AssigneeMenu({
  task,
  triggerRef,
  onClose,
}: {
  task: Task;
  triggerRef: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const assign = useAssignTask();
  const [typed, setTyped] = useState('');
  const text = typed.trim();
  const { members, status } = useMemberSearch(text);

  const items: Item[] = [
    ...(text === '' || NONE_LABEL.toLowerCase().includes(text.toLowerCase())
      ? [{ key: NONE_KEY, label: NONE_LABEL, email: null, member: null }]
      : []),
    ...members.map((m) => ({ key: m.id, label: m.name, email: m.email, member: m })),
  ];
  const current = task.assigneeId ?? NONE_KEY;

  const choose = (key: Key) => {
    const item = items.find((candidate) => candidate.key === String(key));
    if (!item) return;
    assign(task, item.member);
  };

  return (
    <AnchoredPopover triggerRef={triggerRef} onClose={onClose} className={styles.popover}>
      <Dialog aria-label={`Assignee of ${taskTitle(task)}`} className={styles.dialog}>
        {/* No highlight jumps to the first item as the server's results arrive (it could land on
            an answer to an earlier word): the arrow keys move into the list, Enter picks. */}
        <Autocomplete inputValue={typed} onInputChange={setTyped} disableAutoFocusFirst>
          <SearchField aria-label="Search members" className={styles.search}>
            {/* The menu button pattern: the opened menu takes the focus, here in its search box. */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <Input autoFocus placeholder="Assign to…" className={styles.input} />
          </SearchField>
          <Menu<Item>
            aria-label="Members"
            items={items}
            // The current assignee is read out as checked; a pick is an action, saved at once.
            selectionMode="single"
            selectedKeys={[current]}
            // Escape closes the menu; it would otherwise only clear the checked item.
            escapeKeyBehavior="none"
            onAction={choose}
            // A pick closes the menu (React Aria's own timing, after the action, by Enter or press).
            onClose={onClose}
            className={styles.menu}
            renderEmptyState={() => null}
          >
            {(item) => (
              <MenuItem id={item.key} textValue={item.label} className={styles.item}>
                {({ isSelected }) => (
                  <>
                    <Text slot="label" className={styles.name}>
                      {item.label}
                    </Text>
                    {item.email ? (
                      <Text slot="description" className={styles.email}>
                        {item.email}
                      </Text>
                    ) : null}
                    {isSelected ? (
                      <span className={styles.check} aria-hidden="true">
                        ✓
                      </span>
                    ) : null}
                  </>
                )}
              </MenuItem>
            )}
          </Menu>
        </Autocomplete>
        {status ? (
          <p role="status" className={styles.status}>
            {status}
          </p>
        ) : null}
      </Dialog>
    </AnchoredPopover>
  );
}
