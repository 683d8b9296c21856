import { Button } from '@/components/ui/button';
import { Modal, ModalActions } from '@/components/ui/modal';
import { SHORTCUT_GROUPS } from './shortcut-list';
import styles from './shortcuts-help-dialog.module.css';

/** "Keyboard shortcuts": every key the app answers to, and what it does. */
export function ShortcutsHelpDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Modal
      title="Keyboard shortcuts"
      size="md"
      layer="top"
      isOpen={open}
      onOpenChange={onOpenChange}
    >
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group.title} className={styles.group}>
          <h3 className={styles.groupTitle}>{group.title}</h3>
          <dl className={styles.list}>
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.action} className={styles.row}>
                <dt className={styles.keys}>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? (
                        <span aria-hidden="true">{shortcut.then ? ' then ' : ' + '}</span>
                      ) : null}
                      <kbd className={styles.kbd}>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd className={styles.action}>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className={styles.note}>Shortcuts do nothing while you type in a field.</p>
      <ModalActions>
        <Button variant="secondary" size="sm" onClick={() => onOpenChange(false)}>
          Close
        </Button>
      </ModalActions>
    </Modal>
  );
}
