import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  ComboBox,
  Dialog,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { AnchoredPopover } from '@/components/ui/anchored-popover';
import { Button, buttonClass } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast/use-toast';
import combobox from '@/components/ui/combobox.module.css';
import type { RecordSummary, Task } from '@/domain/types';
import { useDebounced } from '@/lib/use-debounced';
import { useBackend } from '@/backends/backend-context';
import { useAddRelation } from '@/features/tasks/api/relations';
import { taskQueries } from '@/features/tasks/api/queries';
import { STATUS_LABELS, taskTitle } from '@/domain/labels';
import { describeError, explainError } from '@/lib/describe-error';
import styles from './link-existing-task.module.css';

export const TASK_SEARCH_DEBOUNCE_MS = 250;

/**
 * "Link existing task" on a record's Tasks panel: a combobox that finds tasks by title and
 * links the chosen one to this record (one relation). Tasks already linked are shown as such
 * and cannot be chosen again.
 */
export function LinkExistingTask({
  record,
  linkedTaskIds,
}: {
  record: RecordSummary;
  linkedTaskIds: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const toast = useToast();
  // Here, not in the search: the search closes at once, and a mutation's call-site callbacks
  // only run while the component that called it is mounted.
  const linkTask = useAddRelation();

  const link = (task: Task) =>
    linkTask.mutate(
      { id: crypto.randomUUID(), taskId: task.id, target: record },
      {
        onSuccess: () => toast.show({ title: `Linked “${taskTitle(task)}” to ${record.name}` }),
        onError: (error) =>
          toast.show({
            tone: 'danger',
            title: `Couldn't link “${taskTitle(task)}” to ${record.name}`,
            description: explainError(error),
          }),
      },
    );

  // The button stays where it is and the search opens in a popover under it, so the panel's
  // header (title, New task) keeps its layout while a task is searched for.
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass('secondary', 'sm')}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        Link existing task
      </button>
      {open ? (
        <AnchoredPopover
          triggerRef={opener}
          onClose={() => setOpen(false)}
          className={styles.popover}
        >
          <Dialog aria-label="Link existing task" className={styles.dialog}>
            <TaskSearch
              record={record}
              linkedTaskIds={linkedTaskIds}
              onChoose={link}
              // React Aria gives the focus back to the button as the popover closes.
              onDone={() => setOpen(false)}
            />
          </Dialog>
        </AnchoredPopover>
      ) : null}
    </>
  );
}

function TaskSearch({
  record,
  linkedTaskIds,
  onChoose,
  onDone,
}: {
  record: RecordSummary;
  linkedTaskIds: readonly string[];
  onChoose: (task: Task) => void;
  onDone: () => void;
}) {
  const backend = useBackend();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim(), TASK_SEARCH_DEBOUNCE_MS);
  const results = useQuery(taskQueries.search(backend, search));
  const linked = new Set(linkedTaskIds);
  const typed = input.trim() !== '';
  const tasks = typed ? (results.data?.items ?? []) : [];

  const choose = (key: Key | null) => {
    const task = tasks.find((t) => t.id === key);
    if (!task || linked.has(task.id)) return;
    onChoose(task);
    onDone();
  };

  const searching = input.trim() !== search || results.isFetching;
  const emptyText = searching
    ? 'Searching…'
    : results.isError
      ? `Search failed: ${describeError(results.error).title}.`
      : `No task matches “${input.trim()}”.`;

  return (
    <div className={styles.search}>
      <ComboBox
        className={combobox.combo}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={null}
        onSelectionChange={choose}
        items={tasks}
        disabledKeys={tasks.filter((t) => linked.has(t.id)).map((t) => t.id)}
        menuTrigger="input"
        allowsEmptyCollection={typed}
      >
        <Label className={combobox.label}>Link existing task</Label>
        <div className={styles.field}>
          <Input
            className={styles.input}
            placeholder="Search tasks by title…"
            // Opened by a click on "Link existing task": typing goes here next.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            // Escape with nothing typed closes the search (the combobox lets that one through).
            onKeyDown={(event) => {
              if (event.key === 'Escape' && input === '') onDone();
            }}
          />
          <Button variant="ghost" size="sm" onClick={onDone}>
            Cancel
          </Button>
        </div>
        <Text slot="description" className={combobox.hint}>
          Type a title; choose a task to link it to {record.name}.
        </Text>
        <Popover className={combobox.popover} placement="bottom start" offset={4}>
          <ListBox<Task>
            className={combobox.listbox}
            renderEmptyState={() => <p className={combobox.empty}>{emptyText}</p>}
          >
            {(task) => (
              <ListBoxItem
                id={task.id}
                textValue={taskTitle(task)}
                className={`${combobox.option} ${styles.option}`}
              >
                <span className={styles.optionTitle}>{taskTitle(task)}</span>
                <span className={styles.optionMeta}>
                  {linked.has(task.id) ? 'Already linked' : STATUS_LABELS[task.status ?? 'TODO']}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
