import type { RefObject } from 'react';
import { Header, Menu, MenuItem, MenuSection } from 'react-aria-components';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import { STATUS_LABELS } from '@/domain/labels';
import { TASK_STATUSES, type TaskStatus } from '@/domain/types';
import type { MenuFocus } from './status-menu';
import styles from './status-menu.module.css';

/**
 * The three statuses as a React Aria menu under the card's trigger: arrows move, Enter or
 * Space picks, Escape or a click outside closes, and the focus goes back to the trigger.
 */
export function StatusMenuPopover({
  triggerRef,
  status,
  focus,
  onChange,
  onClose,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>;
  status: TaskStatus | null;
  focus: MenuFocus;
  onChange: (status: TaskStatus) => void;
  onClose: () => void;
}) {
  return (
    <AnchoredPopover triggerRef={triggerRef} onClose={onClose} className={styles.content}>
      <Menu
        aria-label="Change status"
        // The menu button pattern: an opened menu takes the focus (WAI-ARIA APG "Menu Button").
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={focus}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={status ? [status] : []}
        onSelectionChange={(keys) => {
          if (keys === 'all') return;
          const next = TASK_STATUSES.find((candidate) => keys.has(candidate));
          if (next) onChange(next);
        }}
        onClose={onClose}
        className={styles.menu}
      >
        <MenuSection>
          <Header className={styles.label}>Move to</Header>
          {TASK_STATUSES.map((option) => (
            <MenuItem
              key={option}
              id={option}
              textValue={STATUS_LABELS[option]}
              className={styles.item}
              data-status={option}
            >
              {({ isSelected }) => (
                <>
                  <span className={styles.dot} aria-hidden="true" />
                  {STATUS_LABELS[option]}
                  {isSelected ? (
                    <span className={styles.check} aria-hidden="true">
                      ✓
                    </span>
                  ) : null}
                </>
              )}
            </MenuItem>
          ))}
        </MenuSection>
      </Menu>
    </AnchoredPopover>
  );
}
