import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_CARDS, namesReach } from './column-page';

const slots = (...indexes: number[]) => indexes.map((index) => ({ index, start: index * 100 }));

describe('namesReach', () => {
  it('asks for no names while none of the page is in the window', () => {
    expect(namesReach([], 0, 60)).toBe(0);
    expect(namesReach([], 60, 60)).toBe(0);
  });

  it('asks for the first screen only when the board opens', () => {
    expect(namesReach(slots(0, 1, 2, 11), 0, 60)).toBe(FIRST_SCREEN_CARDS);
    expect(namesReach(slots(0, 1, 2), 0, 3)).toBe(3);
  });

  it('asks for the rest of the first page once the window goes past its first screen', () => {
    expect(namesReach(slots(9, FIRST_SCREEN_CARDS), 0, 60)).toBe(60);
  });

  it('asks for a later page whole as soon as one of its cards is in the window', () => {
    // The second page starts at column index 60; its first card is drawn below the window.
    expect(namesReach(slots(60), 60, 60)).toBe(60);
    expect(namesReach(slots(70), 60, 12)).toBe(12);
  });
});
