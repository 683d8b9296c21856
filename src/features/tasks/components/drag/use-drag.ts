import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { TaskStatus } from '@/domain/types';
import type { DragRegistry } from './drag-registry';

/** The board's drag registry; absent outside a board (a card alone cannot be dragged). */
export const DragRegistryContext = createContext<DragRegistry | null>(null);

const noSubscription = () => () => undefined;
const START_KEYS = ['Space', 'Enter'];

/**
 * A card's side of dragging: refs for the card and its grip, and handlers that hand a press to
 * dnd-kit, or keep it for the drag layer when its code is still on the way.
 */
export function useCardDrag(id: string, data: Record<string, unknown>, disabled: boolean) {
  const registry = useContext(DragRegistryContext);
  const binding = useSyncExternalStore(registry?.subscribe ?? noSubscription, () =>
    registry?.binding(id),
  );
  useLayoutEffect(() => {
    registry?.putDraggable(id, { data, disabled });
  }, [registry, id, data, disabled]);
  useLayoutEffect(() => () => registry?.removeDraggable(id), [registry, id]);

  const setNodeRef = useCallback(
    (node: HTMLElement | null) => {
      if (node) registry?.putDraggable(id, { node });
    },
    [registry, id],
  );
  const setActivatorNodeRef = useCallback(
    (node: HTMLElement | null) => {
      if (node) registry?.putDraggable(id, { activator: node });
    },
    [registry, id],
  );

  // Read at the time of the press, not of the last render: the layer may have bound the card
  // since.
  const onPointerDown = (event: PointerEvent) => {
    if (disabled || !registry) return;
    const bound = registry.binding(id)?.listeners?.onPointerDown as
      ((event: PointerEvent) => void) | undefined;
    if (bound) return bound(event);
    if (!event.isPrimary || event.button !== 0) return;
    registry.pressWhenBound(id, event.nativeEvent);
    window.addEventListener('pointerup', registry.dropPress, { once: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (disabled || !registry) return;
    const bound = registry.binding(id)?.listeners?.onKeyDown as
      ((event: KeyboardEvent) => void) | undefined;
    if (bound) return bound(event);
    if (!START_KEYS.includes(event.code) || event.target !== event.currentTarget) return;
    // As dnd-kit does with a pick-up: the Space is not also a click on the grip.
    event.preventDefault();
    registry.pickUpWhenBound(id, event.nativeEvent);
  };

  return {
    setNodeRef,
    setActivatorNodeRef,
    attributes: binding?.attributes,
    isDragging: binding?.isDragging ?? false,
    onPointerDown,
    onKeyDown,
  };
}

/** A column's side of dragging: its ref, and whether a dragged card is over it. */
export function useColumnDrop(status: TaskStatus) {
  const registry = useContext(DragRegistryContext);
  const isOver = useSyncExternalStore(
    registry?.subscribe ?? noSubscription,
    () => registry?.droppable(status)?.isOver ?? false,
  );
  const setNodeRef = useCallback(
    (node: HTMLElement | null) => registry?.putDroppable(status, { node }),
    [registry, status],
  );
  return { setNodeRef, isOver };
}
