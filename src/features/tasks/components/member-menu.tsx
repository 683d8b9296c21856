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
import type { Member } from '@/domain/types';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import { useMemberSearch } from '@/features/members/api/use-member-search';
import styles from './assignee-menu.module.css';

/** The "no one" item's key; member ids are UUIDs, so no member can have it. */
const NONE_KEY = ':none';
const NONE_LABEL = 'Unassigned';

type Item = { key: string; label: string; email: string | null; member: Member | null };

/**
 * A searchable menu of the workspace's members (and "Unassigned") under the control that opened
 * it: a card's assignee, or the bulk action bar's Assign. Typing searches the members on the
 * server, a short page per pause; arrows move, Enter picks, Escape closes.
 */
export function MemberMenu({
  label,
  currentId,
  triggerRef,
  onPick,
  onClose,
}: {
  /** The menu's accessible name, e.g. "Assignee of Call Ada". */
  label: string;
  /** Read out as checked; undefined: none is (several tasks with different assignees). */
  currentId?: string | null;
  triggerRef: RefObject<HTMLElement | null>;
  onPick: (member: Member | null) => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const text = typed.trim();
  const { members, status } = useMemberSearch(text);

  const items: Item[] = [
    ...(text === '' || NONE_LABEL.toLowerCase().includes(text.toLowerCase())
      ? [{ key: NONE_KEY, label: NONE_LABEL, email: null, member: null }]
      : []),
    ...members.map((m) => ({ key: m.id, label: m.name, email: m.email, member: m })),
  ];
  const current = currentId === undefined ? [] : [currentId ?? NONE_KEY];

  const choose = (key: Key) => {
    const item = items.find((candidate) => candidate.key === String(key));
    if (!item) return;
    onPick(item.member);
  };

  return (
    <AnchoredPopover triggerRef={triggerRef} onClose={onClose} className={styles.popover}>
      <Dialog aria-label={label} className={styles.dialog}>
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
            selectedKeys={current}
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
