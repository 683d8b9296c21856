import { useSyncExternalStore } from 'react';

/** Phones and narrow windows: one board column at a time, and the page as the only scroller.
 *  Matches the layout's phone breakpoint in app-layout.module.css and task-board.module.css. */
export const PHONE_QUERY = '(max-width: 767px)';

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
