import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast/use-toast';
import listStyles from '@/components/ui/list.module.css';
import { paths } from '@/config/paths';
import type { RecordSummary, Task, TaskTarget } from '@/domain/types';
import { TargetPicker } from '@/features/tasks/fields/target-picker';
import { explainError } from '@/lib/describe-error';
import {
  useAddRelation,
  useRemoveRelation,
  useRepointRelation,
} from '@/features/tasks/api/relations';
import { pickedKey, useRelationNames, type RelationName } from '../use-relation-names';
import styles from './task-relations.module.css';
import { RECORD_KIND_LABELS } from '@/domain/labels';

function nameText(name: RelationName): string {
  if (name.state === 'known') return name.name;
  if (name.state === 'loading') return 'Loading…';
  if (name.state === 'failed') return 'Name unavailable';
  return 'Deleted record';
}

/**
 * The records a task is linked to: each a link to its page, with Change (point the relation
 * at another record) and Remove; and "Link to", which adds one relation per record chosen.
 */
export function TaskRelations({ task, headingLevel }: { task: Task; headingLevel: 2 | 3 }) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const toast = useToast();
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(() => new Map());
  const relations = task.targets ?? [];
  const nameOf = useRelationNames(relations, picked);
  const [changing, setChanging] = useState<string | null>(null);

  const label = (relation: TaskTarget) =>
    relation.target ? nameText(nameOf(relation.target.kind, relation.target.id)) : 'Unknown record';
  const fail = (title: string) => (error: unknown) =>
    toast.show({
      tone: 'danger',
      title,
      description: `${explainError(error)} The change was undone.`,
    });

  const add = useAddRelation<RecordSummary>({
    onError: (error, { target }) => fail(`Couldn't link ${target.name}`)(error),
  });
  const remove = useRemoveRelation({
    onError: (error, { relation }) => fail(`Couldn't remove the link to ${label(relation)}`)(error),
  });
  const repoint = useRepointRelation<RecordSummary>({
    onError: (error, { relation }) => fail(`Couldn't change the link to ${label(relation)}`)(error),
  });

  const unlink = (relation: TaskTarget, name: string) => {
    const target = relation.target;
    remove.mutate(
      { relation },
      {
        onSuccess: () =>
          toast.show({
            title: `Removed the link to ${name}`,
            description: 'The record itself is kept.',
            // Linked again with the same relation id: the server deleted it, so the id is free.
            action: target
              ? {
                  label: 'Undo',
                  undo: true,
                  onClick: () =>
                    add.mutate({ id: relation.id, taskId: task.id, target: { ...target, name } }),
                }
              : undefined,
          }),
      },
    );
  };

  const linked = (record: RecordSummary) =>
    relations.some((r) => r.target?.kind === record.kind && r.target.id === record.id);

  const remember = (record: RecordSummary) =>
    setPicked((known) => new Map(known).set(pickedKey(record.kind, record.id), record.name));

  const onAdd = (chosen: RecordSummary[]) => {
    for (const record of chosen) {
      if (linked(record)) {
        toast.show({ title: `Already linked to ${record.name}` });
        continue;
      }
      remember(record);
      add.mutate({ id: crypto.randomUUID(), taskId: task.id, target: record });
    }
  };

  const changeButtonId = (relationId: string) => `${headingId}-change-${relationId}`;
  // Closing the replacement picker puts the focus back on its Change button, never on the page.
  const cancelChange = (relationId: string) => {
    setChanging(null);
    document.getElementById(changeButtonId(relationId))?.focus();
  };

  const onRepoint = (relation: TaskTarget, chosen: RecordSummary[]) => {
    const record = chosen[0];
    if (!record) return;
    setChanging(null);
    if (linked(record)) {
      toast.show({ title: `Already linked to ${record.name}` });
      return;
    }
    remember(record);
    repoint.mutate({ relation, to: record });
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Heading id={headingId} className={styles.heading}>
        Linked records
        {relations.length > 0 ? <span className={styles.count}>{relations.length}</span> : null}
      </Heading>
      {relations.length === 0 ? (
        <p className={styles.empty}>Not linked to any record yet.</p>
      ) : (
        <ul className={listStyles.framed} aria-labelledby={headingId}>
          {relations.map((relation) => {
            const name = label(relation);
            const target = relation.target;
            return (
              <li key={relation.id}>
                <div className={styles.row}>
                  <span className={styles.kind}>
                    {target ? RECORD_KIND_LABELS[target.kind].singular : 'Record'}
                  </span>
                  {target ? (
                    <Link to={paths.record(target.kind, target.id)} className={styles.name}>
                      {name}
                    </Link>
                  ) : (
                    <span className={styles.name}>{name}</span>
                  )}
                  <span className={styles.actions}>
                    {target ? (
                      <Button
                        id={changeButtonId(relation.id)}
                        variant="ghost"
                        size="sm"
                        aria-label={`Change ${name}`}
                        aria-expanded={changing === relation.id}
                        onClick={() => setChanging(changing === relation.id ? null : relation.id)}
                      >
                        Change
                      </Button>
                    ) : null}
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={`Remove ${name}`}
                      onClick={() => unlink(relation, name)}
                    >
                      Remove
                    </Button>
                  </span>
                </div>
                {changing === relation.id ? (
                  <div className={styles.change}>
                    <TargetPicker
                      label={`Replace ${name} with`}
                      value={[]}
                      onChange={(chosen) => onRepoint(relation, chosen)}
                      takeFocus
                      onEscape={() => cancelChange(relation.id)}
                    />
                    <Button variant="ghost" size="sm" onClick={() => cancelChange(relation.id)}>
                      Cancel
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.add}>
        <TargetPicker value={[]} onChange={onAdd} />
      </div>
    </section>
  );
}
