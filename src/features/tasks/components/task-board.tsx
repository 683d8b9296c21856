import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { TASK_STATUSES, type Task, type TaskStatus } from '@/domain/types';
import type { BoardFilters } from '../board-params';
import {
  announcements,
  columnCollision,
  columnCoordinates,
  draggedTask,
  isTaskStatus,
  screenReaderInstructions,
} from './board-dnd';
import type { NameMap } from '../use-page-names';
import { BoardNavContext } from './board-nav';
import { PhoneStatusSwitch } from './phone-status-switch';
import { useBoardKeys } from './use-board-keys';
import { TaskCardPreview } from './task-card';
import { TaskColumn } from './task-column';
import { useChangeStatus } from './use-change-status';
import { BoardKeyboardSensor } from './board-keyboard-sensor';
import styles from './task-board.module.css';

const NO_NAMES: NameMap = new Map();

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
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on a chip or the menu stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(BoardKeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

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
    <DndContext
      sensors={sensors}
      collisionDetection={columnCollision}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
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
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <TaskCardPreview task={dragging.task} names={dragging.names} namesFailed={false} />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
