import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

// dnd-kit's KeyboardSensor starts listening for keys only from a timer after the pick-up, so that
// the Space which picked the card up is not also read as its drop. Chromium runs input ahead of
// timers, so an arrow and a Space typed quickly after the pick-up (or on a busy main thread) went
// nowhere and the card stayed where it was. This sensor listens at once and skips only the
// pick-up's own event. It replaces one method of dnd-kit 6.3 (pinned); the e2e test "keys typed
// straight after a keyboard pick-up are not lost" fails if a new version changes what it relies on.

/** The parts of dnd-kit's KeyboardSensor that `attach` uses (private in its types). */
type SensorInternals = {
  props: KeyboardSensorProps;
  listeners: { add(name: string, handler: (event: Event) => void): void };
  windowListeners: { add(name: string, handler: (event: Event) => void): void };
  handleStart(): void;
  handleKeyDown(event: Event): void;
  handleCancel(event: Event): void;
};

function attachAtOnce(this: SensorInternals) {
  this.handleStart();
  this.windowListeners.add('resize', this.handleCancel);
  this.windowListeners.add('visibilitychange', this.handleCancel);
  const pickUp = this.props.event;
  this.listeners.add('keydown', (event) => {
    if (event !== pickUp) this.handleKeyDown(event);
  });
}

export class BoardKeyboardSensor extends KeyboardSensor {}

Object.defineProperty(BoardKeyboardSensor.prototype, 'attach', {
  value: attachAtOnce,
  configurable: true,
  writable: true,
});
