import { useEffect, useState, type ReactNode } from 'react';
import { Button as AriaButton, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { PHONE_QUERY, useMediaQuery } from '@/lib/use-media-query';
import { useStillOnPage } from '@/lib/use-still-on-page';
import { Button } from '@/components/ui/button';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import {
  DUE_FILTERS,
  TASK_SORTS,
  UNASSIGNED,
  activeFilterCount,
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

function Field({
  label,
  shown = false,
  children,
}: {
  label: string;
  /** A visible label (the phone's filter sheet); otherwise the control says what it is. */
  shown?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={shown ? styles.labelled : styles.field}>
      {shown ? (
        <span className={styles.label}>{label}</span>
      ) : (
        <VisuallyHidden>{label}</VisuallyHidden>
      )}
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
  // On a phone the filters wait behind one "Filter" button, so the cards get the screen.
  const phone = useMediaQuery(PHONE_QUERY);
  const [draft, setDraft] = useState(filters.search);
  const [urlSearch, setUrlSearch] = useState(filters.search);
  // The URL changed under us (back button, Clear filters): show what it says.
  if (filters.search !== urlSearch) {
    setUrlSearch(filters.search);
    if (filters.search !== draft.trim()) setDraft(filters.search);
  }

  // What was typed belongs to the board: once the user has left it within the pause (a page
  // still rendering in its transition), the write is dropped rather than sent where they went.
  const stillOnPage = useStillOnPage();
  useEffect(() => {
    if (draft.trim() === filters.search) return undefined;
    const timer = setTimeout(() => {
      if (stillOnPage()) onChange({ search: draft.trim() }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, filters.search, onChange, stillOnPage]);

  const clearAll = () => {
    setDraft('');
    onChange({ search: '', assignee: null, due: null, linked: null });
  };
  const searchField = (
    <Field label="Search tasks">
      <span className={styles.searchWrap}>
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
        {/* Typing waits for a pause, then the columns load: this says the search is coming. */}
        {draft.trim() !== filters.search ? (
          <span className={styles.searchPending} role="status" aria-label="Searching" />
        ) : null}
      </span>
    </Field>
  );
  const filterFields = (
    <>
      <AssigneeCombobox
        label="Assignee"
        labelHidden={!phone}
        className={styles.assignee}
        value={filters.assignee}
        emptyLabel="Anyone"
        choices={ASSIGNEE_CHOICES}
        onChange={(assignee) => onChange({ assignee })}
      />
      <Field label="Due" shown={phone}>
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
      <Field label="Linked to" shown={phone}>
        <select
          className={styles.control}
          value={filters.linked ?? ''}
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
      <Field label="Sort by" shown={phone}>
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
    </>
  );

  if (phone) {
    const count = activeFilterCount(filters);
    return (
      <div role="search" className={styles.bar} aria-label="Filter tasks">
        {searchField}
        <DialogTrigger>
          <AriaButton
            className={styles.filterButton}
            aria-label={count > 0 ? `Filter, ${count} active` : 'Filter'}
          >
            Filter
            {count > 0 ? (
              <span className={styles.filterCount} aria-hidden="true">
                {count}
              </span>
            ) : null}
          </AriaButton>
          <Popover className={styles.sheet} placement="bottom end">
            <Dialog aria-label="Filters" className={styles.sheetDialog}>
              {({ close }) => (
                <>
                  {filterFields}
                  <div className={styles.sheetActions}>
                    {hasActiveFilters(filters) ? (
                      <Button variant="ghost" size="sm" onClick={clearAll}>
                        Clear filters
                      </Button>
                    ) : null}
                    <Button size="sm" onClick={close}>
                      Done
                    </Button>
                  </div>
                </>
              )}
            </Dialog>
          </Popover>
        </DialogTrigger>
      </div>
    );
  }

  return (
    <div role="search" className={styles.bar} aria-label="Filter tasks">
      {searchField}
      {filterFields}
      {hasActiveFilters(filters) ? (
        <Button variant="ghost" size="sm" onClick={clearAll}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
