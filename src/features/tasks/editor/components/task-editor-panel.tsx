import { useId, useLayoutEffect, useRef } from 'react';
import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { PALETTE_OVER_ATTRIBUTE } from '@/lib/shortcut-event';
import { TaskEditor } from './task-editor';
import styles from './task-editor-panel.module.css';

/**
 * The task editor as a sheet over the page it was opened from. Escape, the close button and a
 * click beside the sheet all close it, back to that page as it was.
 */
export function TaskEditorPanel({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const headingId = useId();
  // Escape and a click beside the sheet can both arrive before the page has changed; closing
  // twice would go back twice.
  const closed = useRef(false);
  const close = () => {
    if (closed.current) return;
    closed.current = true;
    onClose();
  };

  // The editor names the tab after the task; closing gives the page its own title back.
  useLayoutEffect(() => {
    const pageTitle = document.title;
    return () => {
      document.title = pageTitle;
    };
  }, []);

  return (
    <ModalOverlay
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) close();
      }}
      className={styles.overlay}
    >
      <Modal className={styles.sheet}>
        <Dialog
          className={styles.dialog}
          aria-labelledby={headingId}
          // Ctrl+K opens the command palette over the sheet, for this task.
          {...{ [PALETTE_OVER_ATTRIBUTE]: '' }}
        >
          <div className={styles.toolbar}>
            <span className={styles.eyebrow}>Task</span>
            <Link to={paths.task(taskId)} className={styles.pageLink}>
              Open as page
            </Link>
            <Button variant="ghost" size="sm" aria-label="Close" onClick={close}>
              <span aria-hidden="true" className={styles.closeIcon}>
                ×
              </span>
            </Button>
          </div>
          <div className={styles.body}>
            <TaskEditor
              taskId={taskId}
              headingLevel={2}
              headingId={headingId}
              onDeleted={close}
              leave={
                <Button variant="secondary" size="sm" onClick={close}>
                  Close
                </Button>
              }
            />
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
