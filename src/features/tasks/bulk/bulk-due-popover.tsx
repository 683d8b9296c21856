import type { RefObject } from 'react';
import { Button } from 'react-aria-components';
import { formatDue } from '@/lib/format-due';
import { localToIso, parseLocalDate } from '@/lib/local-date';
import type { DueValue } from '../fields/due-value';
import { DuePopover } from '../components/due-popover';
import controls from '../components/card-controls.module.css';

const NO_DATE: DueValue = { date: '', time: '' };

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
  return (
    <DuePopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement="top"
      offset={6}
      label={`Due date of ${count} selected tasks`}
      heading={`Due date for ${count} ${count === 1 ? 'task' : 'tasks'}`}
      initial={NO_DATE}
      canSubmit={(draft) => draft.date !== '' && parseLocalDate(draft.date, draft.time) !== null}
      submitLabel="Set"
      onCommit={(value) => {
        const dueAt = localToIso(value.date, value.time);
        onPick(dueAt, dueAt ? (formatDue(dueAt, null, new Date())?.label ?? dueAt) : 'none');
      }}
      moreActions={(commit) => (
        <Button
          className={controls.trigger}
          onPress={() => commit(NO_DATE)}
          aria-label={`Clear the due date of ${count} tasks`}
        >
          Clear all
        </Button>
      )}
    />
  );
}
