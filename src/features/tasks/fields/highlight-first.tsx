import { useContext, useEffect } from 'react';
import { ComboBoxStateContext } from 'react-aria-components';

/**
 * Inside a ComboBox: highlights `firstKey` whenever the list is open and nothing is highlighted,
 * so Enter takes the best match without an ArrowDown first. The combobox clears the highlight
 * each time the text changes; this puts it back on the new first option. An option the user
 * moved to with the arrow keys is left alone.
 */
export function HighlightFirst({ firstKey }: { firstKey: string | null }) {
  const state = useContext(ComboBoxStateContext);
  const focusedKey = state?.selectionManager.focusedKey ?? null;
  const isOpen = state?.isOpen ?? false;
  useEffect(() => {
    if (!state || !isOpen || firstKey === null) return;
    if (focusedKey !== null && state.collection.getItem(focusedKey)) return;
    // Highlighting an option announces it with a DOM event, which must not be sent while React
    // is still committing this render; the next task is soon enough for eyes and for Enter
    // (which takes the first option by itself when nothing is highlighted yet).
    const timer = setTimeout(() => {
      if (state.selectionManager.focusedKey === null)
        state.selectionManager.setFocusedKey(firstKey);
    }, 0);
    return () => clearTimeout(timer);
  }, [state, isOpen, firstKey, focusedKey]);
  return null;
}
