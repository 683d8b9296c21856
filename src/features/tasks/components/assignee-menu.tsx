import { useQuery } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import {
  Autocomplete,
  Dialog,
  Input,
  Menu,
  MenuItem,
  Popover,
  SearchField,
  Text,
} from 'react-aria-components';
import { useBackend } from '@/backends/backend-context';
import type { Member, Task } from '@/domain/types';
import { describeError } from '@/lib/describe-error';
import { useDebounced } from '@/lib/use-debounced';
import { MEMBER_SEARCH_LIMIT, memberQueries } from '@/features/members/api/queries';
import { useSaveWithUndo } from '../undo/use-save-with-undo';
import styles from './card-controls.module.css';

/** The "nobody" item's key; member ids are UUIDs, so no member can have it. */
const UNASSIGNED = ':unassigned';
const SEARCH_DEBOUNCE_MS = 250;

type Item = { id: string; name: string; email: string | null; member: Member | null };

/**
 * A card's assignee menu (its avatar, or `a` on the focused card): a search box over the
 * workspace members (searched on the server, one short page per pause) and Unassigned. Arrows
 * move, Enter assigns and closes; Escape closes; the focus then goes back to the card.
 */
export function AssigneeMenu({
  triggerRef,
  task,
  title,
  onClose,
}: {
  triggerRef: RefObject<HTMLElement | null>;
  task: Task;
  title: string;
  onClose: () => void;
}) {
  const backend = useBackend();
  const save = useSaveWithUndo();
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), SEARCH_DEBOUNCE_MS);
  const results = useQuery(memberQueries.search(backend, search, true));
  const members = results.data ?? [];
  const items: Item[] = [
    ...('unassigned'.includes(search.toLowerCase())
      ? [{ id: UNASSIGNED, name: 'Unassigned', email: null, member: null }]
      : []),
    ...members.map((m) => ({ id: m.id, name: m.name, email: m.email, member: m })),
  ];

  let status: string | null = null;
  if (results.isError)
    status = `Could not search the members (${describeError(results.error).title}).`;
  else if (results.isPending || typed.trim() !== search) status = 'Searching…';
  else if (members.length === 0 && search !== '') status = `No member matches "${search}".`;
  else if (members.length >= MEMBER_SEARCH_LIMIT) status = 'Type more of a name to narrow.';

  const assign = (item: Item) => {
    const assigneeId = item.member ? item.member.id : null;
    if (assigneeId !== task.assigneeId) save(task, { assigneeId }, item.member ?? undefined);
    onClose();
  };

  return (
    <Popover
      triggerRef={triggerRef}
      isOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      placement="bottom end"
      offset={4}
      className={styles.popover}
    >
      <Dialog aria-label={`Assign ${title}`} className={styles.dialog}>
        <Autocomplete inputValue={typed} onInputChange={setTyped}>
          {/* A menu opened to pick someone starts in its search box, as Linear's does. */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <SearchField aria-label="Search members" autoFocus>
            <Input className={styles.search} placeholder="Assign to…" />
          </SearchField>
          <Menu
            aria-label="Members"
            items={items}
            className={styles.menu}
            selectionMode="single"
            selectedKeys={[task.assigneeId ?? UNASSIGNED]}
            onAction={(key) => {
              const item = items.find((candidate) => candidate.id === String(key));
              if (item) assign(item);
            }}
          >
            {(item) => (
              <MenuItem id={item.id} textValue={item.name} className={styles.item}>
                <Text slot="label">{item.name}</Text>
                {item.email ? (
                  <Text slot="description" className={styles.email}>
                    {item.email}
                  </Text>
                ) : null}
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
    </Popover>
  );
}
