import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TaskStatus } from '@/domain/types';

// Drag and drop's code (dnd-kit) is not in the board's first load: it arrives with the drag
// layer (drag-layer.tsx) on the first sign of a drag (the pointer over the board, the focus in
// it) or when the browser is idle. Cards and columns register here from the start and get their
// drag props from here once the layer is there, so nothing on the board remounts when it comes.
//
// A drag begun before the layer came is not lost. A pointer press is handed to dnd-kit once the
// card is bound. A keyboard pick-up opens a hand-over: the keys a keyboard drag reads (arrows,
// Space, Enter, Tab, Escape) are held back from the page, in order, until dnd-kit has picked the
// card up, then given to it one at a time, each after React has rendered the one before.

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

/** The keys dnd-kit's keyboard sensor reads during a drag (BoardKeyboardSensor, board-dnd.ts). */
export const DRAG_KEYS = [
  'Space',
  'Enter',
  'Tab',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
];

type HeldKey = Pick<KeyboardEvent, 'code' | 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>;

type PendingPointer = { id: string; event: Event };
type HandOver = { id: string; start: HeldKey; held: HeldKey[]; pickedUp: boolean };

export type DragRegistry = ReturnType<typeof createDragRegistry>;

const heldKey = (event: KeyboardEvent): HeldKey => ({
  code: event.code,
  key: event.key,
  shiftKey: event.shiftKey,
  ctrlKey: event.ctrlKey,
  altKey: event.altKey,
  metaKey: event.metaKey,
});

const keyEvent = (key: HeldKey) =>
  new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true });

/** After the work a key set off (React renders a key's updates before the next task). */
const nextTask = (run: () => void) => setTimeout(run, 0);

export function createDragRegistry(load: () => void) {
  const draggables = new Map<string, DraggableEntry>();
  const bindings = new Map<string, DragBinding>();
  const droppables = new Map<TaskStatus, DroppableEntry>();
  const listeners = new Set<() => void>();
  let ids: string[] = [];
  let pointer: PendingPointer | null = null;
  let handOver: HandOver | null = null;
  /** Keys this registry gives back to the page, which its own listener lets through. */
  const replayed = new WeakSet<Event>();

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const updateIds = () => {
    if (ids.length !== draggables.size || ids.some((id) => !draggables.has(id))) {
      ids = [...draggables.keys()];
    }
  };

  /** Holds back the drag keys typed while a keyboard pick-up waits for dnd-kit. */
  const holdKey = (event: KeyboardEvent) => {
    if (!handOver || replayed.has(event) || !DRAG_KEYS.includes(event.code)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Escape before the card is picked up gives the move up: nothing to hand over.
    if (event.code === 'Escape' && !handOver.pickedUp && handOver.held.length === 0) {
      endHandOver();
      return;
    }
    handOver.held.push(heldKey(event));
  };
  const endHandOver = () => {
    handOver = null;
    window.removeEventListener('keydown', holdKey, true);
  };

  /** Gives the held keys to the page (and so to dnd-kit's sensor), one per task, in order. */
  const replayHeld = (current: HandOver) => {
    if (handOver !== current) return;
    const next = current.held.shift();
    if (!next) {
      endHandOver();
      return;
    }
    const event = keyEvent(next);
    replayed.add(event);
    (document.activeElement ?? document.body).dispatchEvent(event);
    nextTask(() => replayHeld(current));
  };

  /** The card is bound: dnd-kit picks it up with the press that started the hand-over. */
  const pickUp = (current: HandOver) => {
    if (handOver !== current) return;
    const onKeyDown = bindings.get(current.id)?.listeners?.onKeyDown as
      ((event: SyntheticEvent) => void) | undefined;
    const activator = draggables.get(current.id)?.activator ?? null;
    if (!onKeyDown || !activator?.isConnected) {
      endHandOver();
      return;
    }
    // dnd-kit's activator reads the React event's target (the grip) and its native event; a
    // fresh native event, as the original one was already handled (and its default prevented).
    // Rendered at once, as a key press is: the next key reads where the picked-up card is.
    const nativeEvent = keyEvent(current.start);
    flushSync(() =>
      onKeyDown({
        nativeEvent,
        target: activator,
        currentTarget: activator,
        preventDefault: () => nativeEvent.preventDefault(),
      } as unknown as SyntheticEvent),
    );
    if (!('dndKit' in nativeEvent)) {
      endHandOver();
      return;
    }
    current.pickedUp = true;
    nextTask(() => replayHeld(current));
  };

  const startPending = (id: string) => {
    if (pointer?.id === id) {
      const { event } = pointer;
      pointer = null;
      // dnd-kit's pointer activator reads only the native event (its button, its target).
      const onPointerDown = bindings.get(id)?.listeners?.onPointerDown as
        ((event: SyntheticEvent) => void) | undefined;
      onPointerDown?.({ nativeEvent: event } as unknown as SyntheticEvent);
    }
    const current = handOver;
    if (current?.id === id && !current.pickedUp) nextTask(() => pickUp(current));
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
      if (pointer?.id === id) pointer = null;
      if (handOver?.id === id && !handOver.pickedUp) endHandOver();
      updateIds();
      notify();
    },
    setBinding(id: string, binding: DragBinding | null) {
      const first = binding !== null && !bindings.has(id);
      if (binding) bindings.set(id, binding);
      else bindings.delete(id);
      notify();
      if (first) startPending(id);
    },

    /** A pointer press before the layer came: dnd-kit gets it once the card is bound. */
    pressWhenBound(id: string, event: Event) {
      pointer = { id, event };
      load();
    },
    /** The pointer went up before the layer came. */
    dropPress() {
      pointer = null;
    },
    /**
     * A keyboard pick-up (Space or Enter on the grip) before the layer came: the keys after it
     * are held until dnd-kit has picked the card up, then given to it in order.
     */
    pickUpWhenBound(id: string, event: KeyboardEvent) {
      if (handOver) return;
      handOver = { id, start: heldKey(event), held: [], pickedUp: false };
      window.addEventListener('keydown', holdKey, true);
      load();
      if (bindings.has(id)) startPending(id);
    },
    /** The layer failed to download: a press or pick-up waiting for it is given up. */
    giveUp() {
      pointer = null;
      endHandOver();
    },

    putDroppable(status: TaskStatus, change: Partial<DroppableEntry>) {
      const current = droppables.get(status) ?? { node: null, isOver: false };
      droppables.set(status, { ...current, ...change });
      notify();
    },
  };
}
