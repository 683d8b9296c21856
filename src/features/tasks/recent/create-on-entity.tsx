import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { paths } from '@/config/paths';
import { RECORD_KIND_LABELS, TITLE_MAX } from '@/domain/labels';
import type { RecordKind } from '@/domain/types';
import { describeError } from '@/lib/describe-error';
import { Button } from '@/components/ui/button';
import { parseLocalDate } from '@/lib/local-date';
import { useCreateTaskOnTarget } from '../api/task-on-target';
import { loadRecentEntities, rememberEntity, rememberTask } from './recent-store';
import { useBackendScope } from './use-backend-scope';
import styles from '../capability-screens.module.css';
import { fieldErrors } from '../field-errors';

// A new task on one entity, chosen by pasting its id or from the entities used here before:
// for backends where a task is created on one thing and cannot list things to pick from.

type Errors = Partial<Record<'entityId' | 'title' | 'dueDate', string>>;

export function CreateOnEntity() {
  const backend = useBackend();
  const kinds = backend.capabilities.targetKinds;
  const scope = useBackendScope();
  const navigate = useNavigate();
  const ids = useId();
  const create = useCreateTaskOnTarget();
  const [recent] = useState(() =>
    loadRecentEntities(scope).filter((e): e is { kind: RecordKind; id: string } =>
      kinds.some((k) => k === e.kind),
    ),
  );
  const [kind, setKind] = useState<RecordKind | undefined>(kinds[0]);
  const [entityId, setEntityId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  if (!kind) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!kind) return;
    const found: Errors = {};
    const id = entityId.trim();
    if (id === '') found.entityId = 'Paste the id of the entity the task is for.';
    if (title.trim() === '') found.title = 'Give the task a name.';
    else if (title.length > TITLE_MAX) found.title = `Keep the name under ${TITLE_MAX} characters.`;
    if (dueDate !== '' && parseLocalDate(dueDate) === null) found.dueDate = 'Pick a real date.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        title: title.trim(),
        bodyMarkdown: description.trim() === '' ? null : description,
        dueDate: dueDate === '' ? null : dueDate,
        target: { kind, id },
      },
      {
        onSuccess: (task) => {
          rememberEntity(scope, { kind, id });
          rememberTask(scope, task);
          void navigate(paths.task(task.id));
        },
      },
    );
  }

  const { field, error } = fieldErrors<keyof Errors>(ids, errors);
  const failure = create.isError ? describeError(create.error) : null;

  return (
    <section className={styles.card} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className={styles.heading}>
        New task on an entity
      </h2>
      <p className={styles.note}>
        A task here belongs to the one entity it is created on, for good.
      </p>
      <form className={styles.form} onSubmit={submit} noValidate aria-label="New task on an entity">
        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor={`${ids}-kind`}>Entity type</label>
            <select
              id={`${ids}-kind`}
              value={kind}
              onChange={(e) => setKind(kinds.find((k) => k === e.target.value) ?? kind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {RECORD_KIND_LABELS[k].singular}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${ids}-entityId`}>Entity id</label>
            <input
              {...field('entityId')}
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={entityId}
              onChange={(e) => setEntityId(e.target.value)}
            />
          </div>
        </div>
        {error('entityId')}
        {recent.length > 0 ? (
          <div>
            <p className={styles.label} id={`${ids}-recent`}>
              Used here before
            </p>
            <ul className={styles.chips} aria-labelledby={`${ids}-recent`}>
              {recent.map((e) => (
                <li key={`${e.kind}:${e.id}`}>
                  <button
                    type="button"
                    className={styles.chip}
                    aria-pressed={e.kind === kind && e.id === entityId.trim()}
                    onClick={() => {
                      setKind(e.kind);
                      setEntityId(e.id);
                    }}
                  >
                    {RECORD_KIND_LABELS[e.kind].singular} {e.id}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className={styles.field}>
          <label htmlFor={`${ids}-title`}>Name</label>
          <input
            {...field('title')}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          {error('title')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${ids}-description`}>Description</label>
          <textarea
            id={`${ids}-description`}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${ids}-dueDate`}>Due date</label>
          <input
            {...field('dueDate')}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
          {error('dueDate')}
        </div>
        <div className={styles.row}>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create task'}
          </Button>
        </div>
        {failure ? (
          <p role="alert" className={styles.error}>
            Could not create the task: {failure.title}.{failure.detail ? ` ${failure.detail}` : ''}
          </p>
        ) : null}
      </form>
    </section>
  );
}
