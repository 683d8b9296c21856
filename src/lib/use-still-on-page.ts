import { useCallback, useContext } from 'react';
import { useLocation } from 'react-router-dom';
import { AppHistoryContext } from './app-history';

/**
 * A check, for work a page scheduled (a debounced URL write), that the app is still on that
 * page. Not `useLocation` alone: a navigation renders the next page in a transition, and until
 * it commits (its code downloading, a slow render) the old page stays mounted with its old
 * location while the history has already moved on. A relative `setSearchParams` then would land
 * on the page the user went to. `window.location` would not do either: memory histories (tests)
 * never change it. Outside the app's HistoryRouter there is no pending navigation to miss: true.
 */
export function useStillOnPage(): () => boolean {
  const { pathname } = useLocation();
  const history = useContext(AppHistoryContext);
  return useCallback(
    () => history === null || history.location.pathname === pathname,
    [history, pathname],
  );
}
