import { afterEach, describe, expect, it } from 'vitest';
import { isShortcutEvent } from './shortcut-event';

// A plain key is the page's shortcut unless an overlay is up. A toast is not an overlay: an
// Undo toast shows for ten seconds after every change, and the card keys must work meanwhile.

const press = (key: string) => new KeyboardEvent('keydown', { key });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isShortcutEvent', () => {
  it('answers a plain key on the page', () => {
    expect(isShortcutEvent(press('a'))).toBe(true);
  });

  it('leaves keys to an open dialog or menu', () => {
    document.body.innerHTML = '<div role="dialog"></div>';
    expect(isShortcutEvent(press('a'))).toBe(false);
    document.body.innerHTML = '<div role="menu"></div>';
    expect(isShortcutEvent(press('a'))).toBe(false);
    document.body.innerHTML = '<div role="alertdialog"></div>';
    expect(isShortcutEvent(press('a'))).toBe(false);
  });

  it('still answers while a toast (a non-modal alertdialog) shows', () => {
    document.body.innerHTML = '<div role="alertdialog" aria-modal="false">Moved. Undo</div>';
    expect(isShortcutEvent(press('a'))).toBe(true);
  });
});
