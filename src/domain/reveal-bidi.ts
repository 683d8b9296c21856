// Bidi embedding, override and isolate controls are invisible, yet they reorder what follows them:
// "Invoice\u202Egnp.exe" displays as "Invoiceexe.png". In one-line text that other people wrote
// (task titles, record names) we show each control as a visible token instead, so what is read is
// what is stored. Marks (LRM/RLM/ALM) are left alone: they only nudge neutral characters and are
// common in right-to-left text.

const CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every bidi control replaced by a visible `⟦RLO⟧`-style token. */
export function revealBidiControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  CONTROLS.lastIndex = 0;
  return text.replace(CONTROLS, (control) => `⟦${CONTROL_NAMES[control] ?? 'BIDI'}⟧`);
}

export const hasBidiControls = (text: string): boolean => /[\u202A-\u202E\u2066-\u2069]/.test(text);

/** `text` without its bidi controls, for a user who chooses to drop them. */
export const stripBidiControls = (text: string): string =>
  text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
