import { useId, useState, type ReactNode, type RefObject } from 'react';
import { Button, Dialog, Heading } from 'react-aria-components';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import { DueDateControl } from '../fields/due-date-control';
import type { DueValue } from '../fields/due-value';
import styles from './card-controls.module.css';

/**
 * The due-date control in a popover, for one card or for every selected task: a quick pick
 * commits at once; a typed date with Enter or the submit button, once `canSubmit` accepts it.
 * Escape or a click outside closes without committing.
 */
export function DuePopover({
  triggerRef,
  onClose,
  placement,
  offset,
  label,
  heading,
  initial,
  canSubmit,
  submitLabel,
  onCommit,
  moreActions,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
  placement: 'top' | 'bottom start';
  offset?: number;
  /** The dialog's accessible name. */
  label: string;
  heading: string;
  initial: DueValue;
  canSubmit: (draft: DueValue) => boolean;
  submitLabel: string;
  /** Called with what was picked or typed; the popover closes after. */
  onCommit: (value: DueValue) => void;
  /** Buttons before the submit button, given the commit. */
  moreActions?: (commit: (value: DueValue) => void) => ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState<DueValue>(initial);
  const commit = (value: DueValue) => {
    onCommit(value);
    onClose();
  };
  const submittable = canSubmit(draft);
  return (
    <AnchoredPopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement={placement}
      offset={offset}
      className={styles.popover}
    >
      <Dialog aria-label={label} className={styles.dialog}>
        <Heading slot="title" className={styles.heading} id={`${id}-label`}>
          {heading}
        </Heading>
        <form
          className={styles.dialog}
          onSubmit={(event) => {
            event.preventDefault();
            if (submittable) commit(draft);
          }}
        >
          <DueDateControl
            id={id}
            labelledBy={`${id}-label`}
            value={draft}
            autoFocusPick
            onChange={(next, source) => {
              if (source === 'pick') commit(next);
              else setDraft(next);
            }}
          />
          <div className={styles.actions}>
            {moreActions?.(commit)}
            <Button type="submit" className={styles.trigger} isDisabled={!submittable}>
              {submitLabel}
            </Button>
          </div>
        </form>
      </Dialog>
    </AnchoredPopover>
  );
}
