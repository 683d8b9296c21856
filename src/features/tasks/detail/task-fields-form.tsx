import { useId, useState, type FormEvent } from 'react';
import type { TaskPatch } from '@/backends/backend';
import { useBackend } from '@/backends/backend-context';
import { Button } from '@/components/ui/button';
import { TITLE_MAX } from '@/domain/labels';
import type { Task } from '@/domain/types';
import { describeError } from '@/lib/describe-error';
import { isoToLocal, localToIso, parseLocalDate } from '@/lib/local-date';
import { useSaveTaskFields } from '../api/task-on-target';
import styles from '../capability-screens.module.css';
import { fieldErrors } from '../field-errors';

// The fields a backend lets us edit, as one form saved at once: name, description, the due
// date (a day, or a day and time, as the backend keeps it) and the order where it keeps one.

type Values = { title: string; description: string; due: string; time: string; order: string };
type Errors = Partial<Record<'title' | 'due' | 'order', string>>;

function initial(task: Task, dateOnly: boolean): Values {
  const local = isoToLocal(task.dueAt);
  return {
    title: task.title,
    description: task.bodyMarkdown ?? '',
    due: dateOnly ? (task.dueDate ?? '') : local.date,
    time: dateOnly ? '' : local.time,
    order: task.order === undefined || task.order === null ? '' : String(task.order),
  };
}

export function TaskFieldsForm({ task }: { task: Task }) {
  const { capabilities } = useBackend();
  const dateOnly = capabilities.duePrecision === 'date';
  const keepsOrder = task.order !== undefined;
  const ids = useId();
  const save = useSaveTaskFields();
  const [start] = useState(() => initial(task, dateOnly));
  const [values, setValues] = useState(start);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);

  const change = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(false);
    save.reset();
  };

  function patchFrom(found: Errors): TaskPatch {
    const patch: TaskPatch = {};
    if (values.title.trim() === '') found.title = 'Give the task a name.';
    else if (values.title.length > TITLE_MAX)
      found.title = `Keep the name under ${TITLE_MAX} characters.`;
    else if (values.title !== start.title) patch.title = values.title.trim();
    if (values.description !== start.description)
      patch.bodyMarkdown = values.description.trim() === '' ? null : values.description;
    if (values.due !== start.due || values.time !== start.time) {
      if (values.due !== '' && parseLocalDate(values.due, values.time) === null)
        found.due = 'Pick a real date.';
      else if (dateOnly) patch.dueDate = values.due === '' ? null : values.due;
      else patch.dueAt = values.due === '' ? null : localToIso(values.due, values.time);
    }
    if (keepsOrder && values.order !== start.order) {
      if (!/^-?\d{1,9}$/.test(values.order.trim())) found.order = 'Enter a whole number, e.g. 1.';
      else patch.order = Number(values.order.trim());
    }
    return patch;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const patch = patchFrom(found);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(patch).length === 0) {
      setSaved(true);
      return;
    }
    save.mutate({ id: task.id, patch }, { onSuccess: () => setSaved(true) });
  }

  const { field, error } = fieldErrors<keyof Errors>(ids, errors);
  const failure = save.isError ? describeError(save.error) : null;

  return (
    <form
      className={`${styles.card} ${styles.form}`}
      onSubmit={submit}
      noValidate
      aria-label="Edit task"
    >
      <div className={styles.field}>
        <label htmlFor={`${ids}-title`}>Name</label>
        <input
          {...field('title')}
          type="text"
          value={values.title}
          onChange={(e) => change({ title: e.target.value })}
        />
        {error('title')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-description`}>Description</label>
        <textarea
          id={`${ids}-description`}
          value={values.description}
          onChange={(e) => change({ description: e.target.value })}
        />
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${ids}-due`}>
            {dateOnly ? 'Due date (a day, no time)' : 'Due date'}
          </label>
          <input
            {...field('due')}
            type="date"
            value={values.due}
            onChange={(e) => change({ due: e.target.value })}
          />
        </div>
        {dateOnly ? null : (
          <div className={styles.field}>
            <label htmlFor={`${ids}-time`}>Time</label>
            <input
              id={`${ids}-time`}
              type="time"
              value={values.time}
              onChange={(e) => change({ time: e.target.value })}
            />
          </div>
        )}
        {keepsOrder ? (
          <div className={styles.field}>
            <label htmlFor={`${ids}-order`}>Order</label>
            <input
              {...field('order')}
              type="text"
              inputMode="numeric"
              value={values.order}
              onChange={(e) => change({ order: e.target.value })}
            />
          </div>
        ) : null}
      </div>
      {error('due')}
      {error('order')}
      <div className={styles.row}>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
      {saved ? (
        <p role="status" className={styles.ok}>
          Saved.
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className={styles.error}>
          Could not save: {failure.title}.{failure.detail ? ` ${failure.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
