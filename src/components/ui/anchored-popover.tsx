import type { ReactNode, RefObject } from 'react';
import { Popover, type PopoverProps } from 'react-aria-components';
import styles from './anchored-popover.module.css';

/**
 * A popover shown under the control that opened it (a card's status, assignee or due date, a
 * header button), open while it is mounted: closing it (Escape, a click outside) calls `onClose`,
 * and React Aria gives the focus back to the control.
 */
export function AnchoredPopover({
  triggerRef,
  onClose,
  placement = 'bottom end',
  offset = 4,
  className,
  children,
}: {
  triggerRef: RefObject<Element | null>;
  onClose: () => void;
  placement?: PopoverProps['placement'];
  offset?: number;
  /** Width and padding: the frame (border, shadow, layer) is the same for all. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <Popover
      triggerRef={triggerRef}
      isOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      placement={placement}
      offset={offset}
      className={className ? `${styles.frame} ${className}` : styles.frame}
    >
      {children}
    </Popover>
  );
}
