import { MenuItem, Text } from 'react-aria-components';
import type { ActionItem, JumpItem } from './palette-items';
import styles from './command-palette.module.css';

// The palette's rows. Keys say what a row does: `go:` jumps to a task or record, `do:` runs an
// action; the palette's onAction reads them.

/** A task or record to go to: its name, and what tells it apart. */
export function JumpRow({ item }: { item: JumpItem }) {
  return (
    <MenuItem id={`go:${item.key}`} textValue={item.name} className={styles.item}>
      <Text slot="label" className={styles.label}>
        {item.name}
      </Text>
      {item.detail ? (
        <Text slot="description" className={styles.detail}>
          {item.detail}
        </Text>
      ) : null}
    </MenuItem>
  );
}

export function ActionRow({ action }: { action: ActionItem }) {
  return (
    <MenuItem id={`do:${action.key}`} textValue={action.label} className={styles.item}>
      <Text slot="label" className={styles.label}>
        {action.label}
      </Text>
    </MenuItem>
  );
}
