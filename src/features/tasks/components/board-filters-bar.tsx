import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import {
  DUE_FILTERS,
  TASK_SORTS,
  UNASSIGNED,
  hasActiveFilters,
  type BoardFilters,
} from '../board-params';
import { RECORD_KINDS } from '@/domain/types';
import { AssigneeCombobox } from '../fields/assignee-combobox';
import styles from './board-filters-bar.module.css';
import { RECORD_KIND_LABELS } from '@/domain/labels';

export const SEARCH_DEBOUNCE_MS = 250;

const DUE_LABELS = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due this week',
  none: 'No due date',
};
const SORT_LABELS = { dueAt: 'Due date', createdAt: 'Created date' };
const ASSIGNEE_CHOICES = [{ value: UNASSIGNED, label: 'Unassigned' }];

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className={styles.field}>
      <VisuallyHidden>{label}</VisuallyHidden>
      {children}
    </label>
  );
}

/** Search, filters and sort. Every change goes to the URL; typing waits for a pause first. */
export function BoardFiltersBar({
  filters,
  onChange,
}: {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => void;
}) {
  const [draft, setDraft] = useState(filters.search);
  const [urlSearch, setUrlSearch] = useState(filters.search);
  // The URL changed under us (back button, Clear filters): show what it says.
  if (filters.search !== urlSearch) {
    setUrlSearch(filters.search);
    if (filters.search !== draft.trim()) setDraft(filters.search);
  }

  useEffect(() => {
    if (draft.trim() === filters.search) return undefined;
    const timer = setTimeout(
      () => onChange({ search: draft.trim() }, { replace: true }),
      SEARCH_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [draft, filters.search, onChange]);

  return (
    <div role="search" className={styles.bar} aria-label="Filter tasks">
      <Field label="Search tasks">
        <input
          type="search"
          data-shortcut="search"
          aria-keyshortcuts="/"
          className={`${styles.control} ${styles.search}`}
          placeholder="Search tasks…"
          value={draft}
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
        />
      </Field>
      <AssigneeCombobox
        label="Assignee"
        labelHidden
        className={styles.assignee}
        value={filters.assignee}
        emptyLabel="Anyone"
        choices={ASSIGNEE_CHOICES}
        onChange={(assignee) => onChange({ assignee })}
      />
      <Field label="Due">
        <select
          className={styles.control}
          value={filters.due ?? ''}
          onChange={(event) =>
            onChange({ due: DUE_FILTERS.find((due) => due === event.target.value) ?? null })
          }
        >
          <option value="">Any due date</option>
          {DUE_FILTERS.map((due) => (
            <option key={due} value={due}>
              {DUE_LABELS[due]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Linked to">
        <select
          className={styles.control}
          value={filters.linked ?? ''}
          title="Applies to the tasks loaded so far"
          onChange={(event) =>
            onChange({ linked: RECORD_KINDS.find((kind) => kind === event.target.value) ?? null })
          }
        >
          <option value="">Linked to anything</option>
          {RECORD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              Linked to {RECORD_KIND_LABELS[kind].plural.toLowerCase()}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Sort by">
        <select
          className={styles.control}
          value={filters.sort}
          onChange={(event) =>
            onChange({ sort: TASK_SORTS.find((sort) => sort === event.target.value) ?? 'dueAt' })
          }
        >
          {TASK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              Sort: {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </Field>
      {hasActiveFilters(filters) ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setDraft('');
            onChange({ search: '', assignee: null, due: null, linked: null });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
