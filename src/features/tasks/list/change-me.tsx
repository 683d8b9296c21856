import { Button as AriaButton, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { buttonClass } from '@/components/ui/button';
import { MePicker } from './me-picker';
import styles from './mine-filter.module.css';

/** "Not you?": changes who the user is, from My tasks. */
export function ChangeMe({ name }: { name: string }) {
  return (
    <DialogTrigger>
      <AriaButton
        className={buttonClass('ghost', 'sm')}
        aria-label={`Not ${name}? Change who you are`}
      >
        Not {name}?
      </AriaButton>
      <Popover className={styles.popover} placement="bottom end">
        <Dialog aria-label="Who are you?" className={styles.dialog}>
          {({ close }) => <MePicker label="You are" onPicked={() => close()} />}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
