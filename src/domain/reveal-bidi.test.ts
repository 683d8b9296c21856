import { taskTitle } from './labels';
import { revealBidiControls } from './reveal-bidi';

describe('revealBidiControls', () => {
  it('shows a right-to-left override, so a file name cannot pass for another', () => {
    const shown = revealBidiControls('Invoice\u202Egnp.exe');
    expect(shown).toBe('Invoice⟦RLO⟧gnp.exe');
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('names every embedding, override and isolate control', () => {
    expect(revealBidiControls('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069')).toBe(
      'a⟦LRE⟧b⟦RLE⟧c⟦PDF⟧d⟦LRO⟧e⟦LRI⟧f⟦RLI⟧g⟦FSI⟧h⟦PDI⟧',
    );
  });

  it('leaves ordinary and right-to-left text as it is', () => {
    expect(revealBidiControls('Call Maya about the renewal')).toBe('Call Maya about the renewal');
    expect(revealBidiControls('اتصل بمايا\u200F')).toBe('اتصل بمايا\u200F');
    expect(revealBidiControls('👩‍💻 review')).toBe('👩‍💻 review');
  });

  it('gives the same answer when called twice in a row (no regex state leaks)', () => {
    expect(revealBidiControls('x\u202Ey')).toBe('x⟦RLO⟧y');
    expect(revealBidiControls('x\u202Ey')).toBe('x⟦RLO⟧y');
  });
});

describe('taskTitle', () => {
  it('shows a title as it is stored, bidi controls included, and a blank one as Untitled', () => {
    expect(taskTitle({ title: 'Invoice\u202Egnp.exe' })).toBe('Invoice⟦RLO⟧gnp.exe');
    expect(taskTitle({ title: '  ' })).toBe('Untitled task');
  });
});
