import { useId, useState, type RefObject } from 'react';
import { Button, Dialog, Heading } from 'react-aria-components';
import { formatDue } from '@/lib/format-due';
import { localToIso, parseLocalDate } from '@/lib/local-date';
import { DueDateControl } from '../fields/due-date-control';
import type { DueValue } from '../fields/due-value';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import controls from '../components/card-controls.module.css';

/** The one due-date control, for every selected task: a quick pick or Clear applies at once. */
export function BulkDuePopover({
  triggerRef,
  count,
  onPick,
  onClose,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>;
  count: number;
  onPick: (dueAt: string | null, words: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<DueValue>({ date: '', time: '' });
  const whole = draft.date !== '' && parseLocalDate(draft.date, draft.time) !== null;
  const commit = (value: DueValue) => {
    const dueAt = localToIso(value.date, value.time);
    onPick(dueAt, dueAt ? (formatDue(dueAt, null, new Date())?.label ?? dueAt) : 'none');
    onClose();
  };
  return (
    <AnchoredPopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement="top"
      offset={6}
      className={controls.popover}
    >
      <Dialog aria-label={`Due date of ${count} selected tasks`} className={controls.dialog}>
        <Heading slot="title" className={controls.heading} id={`${id}-label`}>
          Due date for {count} {count === 1 ? 'task' : 'tasks'}
        </Heading>
        <form
          className={controls.dialog}
          onSubmit={(event) => {
            event.preventDefault();
            if (whole) commit(draft);
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
          <div className={controls.actions}>
            <Button
              className={controls.trigger}
              onPress={() => commit({ date: '', time: '' })}
              aria-label={`Clear the due date of ${count} tasks`}
            >
              Clear all
            </Button>
            <Button type="submit" className={controls.trigger} isDisabled={!whole}>
              Set
            </Button>
          </div>
        </form>
      </Dialog>
    </AnchoredPopover>
  );
}
