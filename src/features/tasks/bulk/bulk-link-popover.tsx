import type { RefObject } from 'react';
import { Dialog } from 'react-aria-components';
import type { RecordSummary } from '@/domain/types';
import { TargetPicker } from '../fields/target-picker';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import controls from '../components/card-controls.module.css';

/** "Link to…" for every selected task: the link dialog's record picker; a pick applies at once. */
export function BulkLinkPopover({
  triggerRef,
  count,
  onPick,
  onClose,
}: {
  triggerRef: RefObject<HTMLButtonElement | null>;
  count: number;
  onPick: (record: RecordSummary) => void;
  onClose: () => void;
}) {
  return (
    <AnchoredPopover
      triggerRef={triggerRef}
      onClose={onClose}
      placement="top"
      offset={6}
      className={controls.popover}
    >
      <Dialog aria-label={`Link ${count} selected tasks`} className={controls.dialog}>
        <TargetPicker
          value={[]}
          label={`Link ${count} ${count === 1 ? 'task' : 'tasks'} to`}
          takeFocus
          onEscape={onClose}
          onChange={(next) => {
            const record = next[next.length - 1];
            if (!record) return;
            onPick(record);
            onClose();
          }}
        />
      </Dialog>
    </AnchoredPopover>
  );
}
