import type { DraggableAttributes } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDragRegistry, type DragRegistry } from './drag-registry';

// A drag begun before dnd-kit's code has arrived is not lost: it asks for the code, and dnd-kit
// gets the press once the card is bound, as if it had been there all along; the keys typed
// after a keyboard pick-up reach it too, in order.

const attributes = { role: 'button' } as DraggableAttributes;

const press = (target: EventTarget, code: string, key = code) => {
  const event = new KeyboardEvent('keydown', { code, key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

/** A stand-in for dnd-kit's keyboard activator: it takes the pick-up, as dnd-kit marks it. */
function keyboardActivator(picked: Array<{ code: string; target: unknown }>) {
  return vi.fn((event: SyntheticEvent) => {
    const native = event.nativeEvent as KeyboardEvent & { dndKit?: unknown };
    native.dndKit = { capturedBy: 'keyboard' };
    picked.push({ code: native.code, target: event.target });
  });
}

describe('drag registry', () => {
  let grip: HTMLButtonElement;
  let registry: DragRegistry | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    grip = document.createElement('button');
    document.body.append(grip);
    grip.focus();
  });
  afterEach(() => {
    registry?.giveUp();
    grip.remove();
    vi.useRealTimers();
  });

  it('holds the keys typed after an early pick-up and gives them to dnd-kit in order, one per task', () => {
    const load = vi.fn();
    registry = createDragRegistry(load);
    registry.putDraggable('t1', { disabled: false, activator: grip });
    registry.pickUpWhenBound('t1', new KeyboardEvent('keydown', { code: 'Space', key: ' ' }));
    expect(load).toHaveBeenCalledTimes(1);

    // What the page sees of the keys while the layer is on its way: nothing.
    const page: string[] = [];
    const onPage = (event: KeyboardEvent) => page.push(event.code);
    document.addEventListener('keydown', onPage);
    const arrow = press(grip, 'ArrowRight');
    const drop = press(grip, 'Space', ' ');
    press(grip, 'KeyQ', 'q');
    expect(arrow.defaultPrevented && drop.defaultPrevented).toBe(true);
    expect(page).toEqual(['KeyQ']);

    const picked: Array<{ code: string; target: unknown }> = [];
    const onKeyDown = keyboardActivator(picked);
    registry.setBinding('t1', { attributes, listeners: { onKeyDown }, isDragging: false });
    vi.runOnlyPendingTimers();
    expect(picked).toEqual([{ code: 'Space', target: grip }]);
    expect(page).toEqual(['KeyQ']);
    vi.runOnlyPendingTimers();
    expect(page).toEqual(['KeyQ', 'ArrowRight']);
    // A key typed while the held ones are given back waits its turn.
    press(grip, 'ArrowLeft');
    vi.runOnlyPendingTimers();
    expect(page).toEqual(['KeyQ', 'ArrowRight', 'Space']);
    vi.runOnlyPendingTimers();
    expect(page).toEqual(['KeyQ', 'ArrowRight', 'Space', 'ArrowLeft']);
    vi.runOnlyPendingTimers();
    // Done: the keys go straight to the page (and dnd-kit) again.
    press(grip, 'ArrowDown');
    expect(page.at(-1)).toBe('ArrowDown');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', onPage);
  });

  it('Escape before the card is picked up gives the move up, and the keys are the page’s again', () => {
    registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false, activator: grip });
    registry.pickUpWhenBound('t1', new KeyboardEvent('keydown', { code: 'Space', key: ' ' }));
    expect(press(grip, 'Escape').defaultPrevented).toBe(true);
    expect(press(grip, 'ArrowRight').defaultPrevented).toBe(false);
    const onKeyDown = vi.fn();
    registry.setBinding('t1', { attributes, listeners: { onKeyDown }, isDragging: false });
    vi.runAllTimers();
    expect(onKeyDown).not.toHaveBeenCalled();
  });

  it('a failed download lets the keys go', () => {
    registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false, activator: grip });
    registry.pickUpWhenBound('t1', new KeyboardEvent('keydown', { code: 'Enter', key: 'Enter' }));
    expect(press(grip, 'ArrowRight').defaultPrevented).toBe(true);
    registry.giveUp();
    expect(press(grip, 'ArrowRight').defaultPrevented).toBe(false);
  });

  it('hands an early pointer press to dnd-kit once that card is bound, not another', () => {
    registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false });
    const pointer = new Event('pointerdown');
    registry.pressWhenBound('t1', pointer);
    const otherCard = vi.fn();
    registry.putDraggable('t2', { disabled: false });
    registry.setBinding('t2', {
      attributes,
      listeners: { onPointerDown: otherCard },
      isDragging: false,
    });
    expect(otherCard).not.toHaveBeenCalled();
    const onPointerDown = vi.fn();
    registry.setBinding('t1', { attributes, listeners: { onPointerDown }, isDragging: false });
    expect(onPointerDown).toHaveBeenCalledTimes(1);
    expect(onPointerDown.mock.calls[0]?.[0]).toEqual({ nativeEvent: pointer });
    // Only once: a later binding (the card re-rendered) does not start it again.
    registry.setBinding('t1', { attributes, listeners: { onPointerDown }, isDragging: true });
    expect(onPointerDown).toHaveBeenCalledTimes(1);
  });

  it('forgets a pointer press let go before the layer came', () => {
    registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false });
    registry.pressWhenBound('t1', new Event('pointerdown'));
    registry.dropPress();
    const onPointerDown = vi.fn();
    registry.setBinding('t1', { attributes, listeners: { onPointerDown }, isDragging: false });
    expect(onPointerDown).not.toHaveBeenCalled();
  });

  it('keeps the list of cards the same until one comes or goes', () => {
    registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false });
    const ids = registry.ids();
    registry.putDraggable('t1', { disabled: true });
    expect(registry.ids()).toBe(ids);
    registry.putDraggable('t2', { disabled: false });
    expect(registry.ids()).toEqual(['t1', 't2']);
    registry.removeDraggable('t1');
    expect(registry.ids()).toEqual(['t2']);
    expect(registry.binding('t1')).toBeUndefined();
  });
});
