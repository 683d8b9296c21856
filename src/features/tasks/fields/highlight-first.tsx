import { useContext, useEffect, useRef } from 'react';
import { ComboBoxStateContext } from 'react-aria-components';

/**
 * Inside a ComboBox: keeps the first option highlighted while the list is open, so Enter takes
 * the best match without an ArrowDown first. The combobox clears the highlight each time the
 * text changes, and the ranking changes as each kind's results arrive; the highlight follows the
 * first option until the user moves it with the arrow keys (then it is left alone).
 */
export function HighlightFirst({ firstKey }: { firstKey: string | null }) {
  const state = useContext(ComboBoxStateContext);
  const focusedKey = state?.selectionManager.focusedKey ?? null;
  const isOpen = state?.isOpen ?? false;
  // The key this component highlighted last: any other highlight is the user's own.
  const placed = useRef<string | null>(null);
  useEffect(() => {
    if (!state || !isOpen || firstKey === null) return;
    const ours = focusedKey === null || focusedKey === placed.current;
    if (!ours && state.collection.getItem(focusedKey)) return;
    if (focusedKey === firstKey) return;
    // Highlighting an option announces it with a DOM event, which must not be sent while React
    // is still committing this render; the next task is soon enough for eyes and for Enter
    // (which takes the first option by itself when nothing is highlighted yet).
    const timer = setTimeout(() => {
      const now = state.selectionManager.focusedKey;
      if (now === null || now === placed.current) {
        placed.current = firstKey;
        state.selectionManager.setFocusedKey(firstKey);
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [state, isOpen, firstKey, focusedKey]);
  return null;
}
