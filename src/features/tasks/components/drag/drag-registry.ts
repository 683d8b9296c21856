import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import type { TaskStatus } from '@/domain/types';

// Drag and drop's code (dnd-kit) is not in the board's first load: it arrives with the drag
// layer (drag-layer.tsx) on the first sign of a drag (the pointer over the board, the focus in
// it) or when the browser is idle. Cards and columns register here from the start and get their
// drag props from here once the layer is there, so nothing on the board remounts when it comes.

/** What dnd-kit's useDraggable gives a card, handed over by the drag layer. */
export type DragBinding = {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  isDragging: boolean;
};

export type DraggableEntry = {
  data: Record<string, unknown>;
  disabled: boolean;
  node: HTMLElement | null;
  activator: HTMLElement | null;
};

type DroppableEntry = { node: HTMLElement | null; isOver: boolean };

/** A pointer press or key press that came before the layer: replayed once the card's binding is there. */
type PendingStart = { id: string; handler: 'onPointerDown' | 'onKeyDown'; event: Event };

export type DragRegistry = ReturnType<typeof createDragRegistry>;

export function createDragRegistry(load: () => void) {
  const draggables = new Map<string, DraggableEntry>();
  const bindings = new Map<string, DragBinding>();
  const droppables = new Map<TaskStatus, DroppableEntry>();
  const listeners = new Set<() => void>();
  let ids: string[] = [];
  let pending: PendingStart | null = null;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const updateIds = () => {
    if (ids.length !== draggables.size || ids.some((id) => !draggables.has(id))) {
      ids = [...draggables.keys()];
    }
  };

  return {
    /** Asks for the drag layer's code (again, after a failed download). */
    load,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The registered cards' ids; the same array until one comes or goes. */
    ids: () => ids,
    draggable: (id: string) => draggables.get(id),
    binding: (id: string) => bindings.get(id),
    droppable: (status: TaskStatus) => droppables.get(status),

    putDraggable(id: string, change: Partial<DraggableEntry>) {
      const current = draggables.get(id) ?? {
        data: {},
        disabled: true,
        node: null,
        activator: null,
      };
      draggables.set(id, { ...current, ...change });
      updateIds();
      notify();
    },
    removeDraggable(id: string) {
      if (!draggables.delete(id)) return;
      bindings.delete(id);
      updateIds();
      notify();
    },
    setBinding(id: string, binding: DragBinding | null) {
      if (binding) bindings.set(id, binding);
      else bindings.delete(id);
      notify();
      if (binding && pending?.id === id) {
        const { handler, event } = pending;
        pending = null;
        // dnd-kit's activators read the native event (and its target, the card's grip).
        const listener = binding.listeners?.[handler] as
          ((event: SyntheticEvent) => void) | undefined;
        listener?.({ nativeEvent: event } as unknown as SyntheticEvent);
      }
    },
    /** A drag started before the layer's code was there: it starts once the card is bound. */
    startWhenBound(id: string, handler: PendingStart['handler'], event: Event) {
      pending = { id, handler, event };
      load();
    },
    /** The pointer went up or the start was otherwise given up before the layer came. */
    dropPending() {
      pending = null;
    },

    putDroppable(status: TaskStatus, change: Partial<DroppableEntry>) {
      const current = droppables.get(status) ?? { node: null, isOver: false };
      droppables.set(status, { ...current, ...change });
      notify();
    },
  };
}
