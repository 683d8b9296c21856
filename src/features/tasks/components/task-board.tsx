import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { Component, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { lazyComponent, retryFailedDownloads, whenIdle } from '@/lib/lazy-component';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/domain/types';
import type { BoardFilters } from '../board-params';
import { draggedTask, isTaskStatus } from './drag/drag-data';
import { createDragRegistry, type DragRegistry } from './drag/drag-registry';
import { DragRegistryContext } from './drag/use-drag';
import type { NameMap } from '../use-page-names';
import { BoardNavContext } from './board-nav';
import { PhoneStatusSwitch } from './phone-status-switch';
import { useBoardKeys } from './use-board-keys';
import { TaskCardPreview } from './task-card';
import { TaskColumn } from './task-column';
import { useChangeStatus } from './use-change-status';
import styles from './task-board.module.css';

const NO_NAMES: NameMap = new Map();

const dragLayer = lazyComponent(
  () => import('./drag/drag-layer'),
  (module) => module.DragLayer,
);

/** A drag layer whose code failed to download is asked for again on the next sign of a drag. */
class DragLayerBoundary extends Component<{ children: ReactNode; onFailed: () => void }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onFailed();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The board's drag registry, and when to load dnd-kit: the first time the pointer comes over the
 * board or the focus into it, a press on a card, or when the browser is idle after the first cards.
 */
function useDragRegistry(board: HTMLElement | null) {
  // 0: not asked for yet; n > 0: attempt n is on its way or there; -n: attempt n failed. Each
  // attempt has its own boundary (its key), so a failed one is tried afresh.
  const [attempt, setAttempt] = useState(0);
  const [registry] = useState<DragRegistry>(() =>
    createDragRegistry(() => setAttempt((current) => (current > 0 ? current : 1 - current))),
  );
  useEffect(() => {
    if (!board || attempt > 0) return;
    const load = () => registry.load();
    board.addEventListener('pointerover', load, { once: true, passive: true });
    board.addEventListener('focusin', load, { once: true });
    const cancelIdle = whenIdle(load);
    return () => {
      board.removeEventListener('pointerover', load);
      board.removeEventListener('focusin', load);
      cancelIdle();
    };
  }, [board, attempt, registry]);
  const failed = useCallback(() => {
    retryFailedDownloads();
    // A pick-up waiting for the layer would hold the drag keys for ever: given up.
    registry.giveUp();
    setAttempt((current) => -current);
  }, [registry]);
  return { registry, attempt, failed };
}

/** The three columns, and dragging cards between them with a pointer or the keyboard. */
export function TaskBoard({
  filters,
  onClearFilters,
}: {
  filters: BoardFilters;
  onClearFilters: () => void;
}) {
  const changeStatus = useChangeStatus();
  const [dragging, setDragging] = useState<{ task: Task; names: NameMap } | null>(null);
  // A phone shows one column at a time; wider screens show all three and ignore this.
  const [phoneStatus, setPhoneStatus] = useState<TaskStatus>('TODO');
  const [counts, setCounts] = useState<Partial<Record<TaskStatus, string | null>>>({});
  const onCount = useCallback(
    (status: TaskStatus, count: string | null) =>
      setCounts((current) =>
        current[status] === count ? current : { ...current, [status]: count },
      ),
    [],
  );
  const [board, setBoard] = useState<HTMLDivElement | null>(null);
  const nav = useBoardKeys({ board, dragging: dragging !== null, onColumnShown: setPhoneStatus });
  const drag = useDragRegistry(board);

  const onDragStart = useCallback((event: DragStartEvent) => {
    const task = draggedTask(event.active.data);
    const names = event.active.data.current?.names;
    setDragging(task ? { task, names: names instanceof Map ? names : NO_NAMES } : null);
  }, []);
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setDragging(null);
      const task = draggedTask(event.active.data);
      const target = event.over?.id;
      // A keyboard drop keeps the focus on the card's grip, in its new column.
      const keyboard = event.activatorEvent instanceof KeyboardEvent;
      if (task && isTaskStatus(target)) changeStatus(task, target, keyboard ? 'grip' : null);
    },
    [changeStatus],
  );

  return (
    <DragRegistryContext.Provider value={drag.registry}>
      <PhoneStatusSwitch value={phoneStatus} counts={counts} onChange={setPhoneStatus} />
      <BoardNavContext.Provider value={nav}>
        <div ref={setBoard} className={styles.board}>
          {TASK_STATUSES.map((status) => (
            <TaskColumn
              key={status}
              status={status}
              filters={filters}
              onStatusChange={changeStatus}
              onClearFilters={onClearFilters}
              draggingTaskId={dragging?.task.id ?? null}
              offPhone={status !== phoneStatus}
              onCount={onCount}
            />
          ))}
        </div>
      </BoardNavContext.Provider>
      {drag.attempt > 0 ? (
        <DragLayerBoundary key={drag.attempt} onFailed={drag.failed}>
          <Suspense fallback={null}>
            <dragLayer.Component
              registry={drag.registry}
              onDragStart={onDragStart}
              onDragEnd={onDragEnd}
              onDragCancel={() => setDragging(null)}
              overlay={
                dragging ? (
                  <TaskCardPreview
                    task={dragging.task}
                    names={dragging.names}
                    namesFailed={false}
                  />
                ) : null
              }
            />
          </Suspense>
        </DragLayerBoundary>
      ) : null}
    </DragRegistryContext.Provider>
  );
}
