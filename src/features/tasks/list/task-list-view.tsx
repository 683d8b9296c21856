import { useCallback, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { toDateInput } from '@/lib/local-date';
import { weekStartDay } from '@/lib/week-start';
import { hasActiveFilters, type BoardFilters } from '../board-params';
import { useChangeStatus } from '../components/use-change-status';
import {
  groupWindows,
  groupsForDueFilter,
  windowCanHoldTasks,
  type DueGroup,
  type DueGroupKey,
} from './due-groups';
import { DueGroupSection, type GroupSummary } from './due-group-section';
import { useListKeys } from './use-list-keys';
import styles from './list-view.module.css';

/**
 * The tasks as a list grouped by due date: Overdue, Today, Tomorrow, This week, Later, No date,
 * then Done (closed until opened). The board's filters apply to every group.
 */
export function TaskListView({
  filters,
  onClearFilters,
  emptyTitle = 'Nothing due',
  assignee,
}: {
  filters: BoardFilters;
  onClearFilters: () => void;
  emptyTitle?: string;
  /** One member's tasks whatever the filters say (My tasks). */
  assignee?: string;
}) {
  const changeStatus = useChangeStatus();
  const weekStart = useMemo(() => weekStartDay(), []);
  const day = toDateInput(new Date());
  const groups = useMemo(() => {
    const windows = groupWindows(new Date(), weekStart);
    return groupsForDueFilter(filters.due).filter((group) => windowCanHoldTasks(windows[group]));
    // The windows move with the day.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.due, weekStart, day]);
  const keyOf = (group: DueGroup): DueGroupKey => ({
    group,
    search: filters.search.trim(),
    assignee: assignee ?? filters.assignee,
    due: filters.due,
    day,
    weekStart,
  });

  const [summaries, setSummaries] = useState<Partial<Record<DueGroup, GroupSummary>>>({});
  const onSummary = useCallback(
    (group: DueGroup, summary: GroupSummary) =>
      setSummaries((current) => {
        const old = current[group];
        if (
          old &&
          old.loaded === summary.loaded &&
          old.count === summary.count &&
          old.failed === summary.failed
        )
          return current;
        return { ...current, [group]: summary };
      }),
    [],
  );
  const open = groups.filter((group) => group !== 'done');
  // Nothing open in any group: one "Nothing due" in their place (Done stays below it).
  const nothingOpen = open.every(
    (group) => summaries[group]?.loaded && summaries[group].count === 0,
  );
  const filtered = hasActiveFilters(filters);
  const [list, setList] = useState<HTMLDivElement | null>(null);
  useListKeys(list);

  return (
    <div ref={setList} className={styles.list}>
      {nothingOpen ? (
        <EmptyState
          compact
          title={filtered ? 'No open tasks match these filters' : emptyTitle}
          description={
            filtered
              ? 'Try another search or clear the filters.'
              : 'Open tasks show here, grouped by when they are due.'
          }
          action={
            filtered ? (
              <Button size="sm" variant="secondary" onClick={onClearFilters}>
                Clear filters
              </Button>
            ) : undefined
          }
        />
      ) : null}
      {groups.map((group) => (
        <div key={group} hidden={nothingOpen && group !== 'done'}>
          <DueGroupSection
            groupKey={keyOf(group)}
            linked={filters.linked}
            defaultOpen={group !== 'done'}
            changeStatus={changeStatus}
            onSummary={onSummary}
          />
        </div>
      ))}
    </div>
  );
}
