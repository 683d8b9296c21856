import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import { TASK_STATUSES, type TaskStatus } from '@/domain/types';
import {
  announcements,
  columnCollision,
  columnCoordinates,
  screenReaderInstructions,
} from '../board-dnd';
import { BoardKeyboardSensor } from '../board-keyboard-sensor';
import type { DragBinding, DragRegistry } from './drag-registry';

// dnd-kit, loaded on the first sign of a drag (see drag-registry.ts). The cards and columns stay
// where they are in the tree; one binder per registered card or column calls dnd-kit's hook for
// it and hands the result back through the registry.

function DraggableBinder({ id, registry }: { id: string; registry: DragRegistry }) {
  const entry = useSyncExternalStore(registry.subscribe, () => registry.draggable(id));
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id,
    data: entry?.data,
    disabled: entry?.disabled ?? true,
  });
  const node = entry?.node ?? null;
  const activator = entry?.activator ?? null;
  useLayoutEffect(() => {
    setNodeRef(node);
    setActivatorNodeRef(activator);
  }, [node, activator, setNodeRef, setActivatorNodeRef]);
  useLayoutEffect(() => {
    const binding: DragBinding = { attributes, listeners, isDragging };
    registry.setBinding(id, binding);
  }, [registry, id, attributes, listeners, isDragging]);
  useLayoutEffect(() => () => registry.setBinding(id, null), [registry, id]);
  return null;
}

function DroppableBinder({ status, registry }: { status: TaskStatus; registry: DragRegistry }) {
  const node = useSyncExternalStore(registry.subscribe, () => registry.droppable(status)?.node);
  const { setNodeRef, isOver } = useDroppable({ id: status });
  useLayoutEffect(() => setNodeRef(node ?? null), [node, setNodeRef]);
  useLayoutEffect(() => registry.putDroppable(status, { isOver }), [registry, status, isOver]);
  return null;
}

export function DragLayer({
  registry,
  onDragStart,
  onDragEnd,
  onDragCancel,
  overlay,
}: {
  registry: DragRegistry;
  onDragStart: (event: DragStartEvent) => void;
  onDragEnd: (event: DragEndEvent) => void;
  onDragCancel: () => void;
  /** What follows the pointer (or the keyboard) while a card is dragged. */
  overlay: ReactNode;
}) {
  const ids = useSyncExternalStore(registry.subscribe, registry.ids);
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on a chip or the menu stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(BoardKeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={columnCollision}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {TASK_STATUSES.map((status) => (
        <DroppableBinder key={status} status={status} registry={registry} />
      ))}
      {ids.map((id) => (
        <DraggableBinder key={id} id={id} registry={registry} />
      ))}
      <DragOverlay dropAnimation={null}>{overlay}</DragOverlay>
    </DndContext>
  );
}
