import { useRef, type KeyboardEvent, type SyntheticEvent } from 'react';

// Shift-range selection, shared by every list with checkboxes (record lists, the board, a
// record's tasks): the row last checked or unchecked is the anchor, and Shift with a click or
// with Space sets every row from the anchor to this one as the box now is.

/** The ids from `anchor` to `id` inclusive, in list order; null when either is not in `ids`. */
export function rangeIds(
  ids: readonly string[],
  anchor: string | null,
  id: string,
): string[] | null {
  const from = anchor === null ? -1 : ids.indexOf(anchor);
  const to = ids.indexOf(id);
  if (from === -1 || to === -1) return null;
  return ids.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/**
 * Whether a checkbox's change came with Shift. A click that Space makes may not carry Shift in
 * every browser, so the key press says it; spread `handlers` on the box.
 */
export function useShiftIntent() {
  const shiftSpace = useRef(false);
  return {
    handlers: {
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        shiftSpace.current = event.key === ' ' && event.shiftKey;
      },
      onBlur: () => {
        shiftSpace.current = false;
      },
    },
    /** Reads (and forgets) the Shift of the change being handled. */
    read: (event: SyntheticEvent) => {
      const native = event.nativeEvent;
      const shift = (native instanceof MouseEvent && native.shiftKey) || shiftSpace.current;
      shiftSpace.current = false;
      return shift;
    },
  };
}
