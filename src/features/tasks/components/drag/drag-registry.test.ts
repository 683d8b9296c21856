import type { DraggableAttributes } from '@dnd-kit/core';
import { describe, expect, it, vi } from 'vitest';
import { createDragRegistry } from './drag-registry';

// A press on a card before dnd-kit's code has arrived is not lost: it asks for the code, and
// dnd-kit gets the press once the card is bound, as if it had been there all along.

const attributes = { role: 'button' } as DraggableAttributes;

describe('drag registry', () => {
  it('asks for the drag layer and hands it an early key press once the card is bound', () => {
    const load = vi.fn();
    const registry = createDragRegistry(load);
    registry.putDraggable('t1', { disabled: false });
    const press = new KeyboardEvent('keydown', { code: 'Space' });
    registry.startWhenBound('t1', 'onKeyDown', press);
    expect(load).toHaveBeenCalledTimes(1);

    const onKeyDown = vi.fn();
    const otherCard = vi.fn();
    registry.putDraggable('t2', { disabled: false });
    registry.setBinding('t2', {
      attributes,
      listeners: { onKeyDown: otherCard },
      isDragging: false,
    });
    expect(otherCard).not.toHaveBeenCalled();
    registry.setBinding('t1', { attributes, listeners: { onKeyDown }, isDragging: false });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(onKeyDown.mock.calls[0]?.[0]).toEqual({ nativeEvent: press });
    // Only once: a later binding (the card re-rendered) does not start it again.
    registry.setBinding('t1', { attributes, listeners: { onKeyDown }, isDragging: false });
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });

  it('forgets a press given up before the layer came', () => {
    const registry = createDragRegistry(() => undefined);
    registry.putDraggable('t1', { disabled: false });
    registry.startWhenBound('t1', 'onPointerDown', new Event('pointerdown'));
    registry.dropPending();
    const onPointerDown = vi.fn();
    registry.setBinding('t1', { attributes, listeners: { onPointerDown }, isDragging: false });
    expect(onPointerDown).not.toHaveBeenCalled();
  });

  it('keeps the list of cards the same until one comes or goes', () => {
    const registry = createDragRegistry(() => undefined);
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
