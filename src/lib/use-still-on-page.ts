import { useCallback, useContext } from 'react';
import { UNSAFE_DataRouterContext, useLocation } from 'react-router-dom';

/**
 * A check, for work a page scheduled (a debounced URL write), that the router is still on that
 * page. Not `useLocation` alone: a navigation renders the next page in a transition, and until
 * it commits (its code downloading, a slow render) the old page stays mounted with its old
 * location while the router has already moved on. A relative `setSearchParams` then would land
 * on the page the user went to. `window.location` would not do either: memory routers (tests)
 * never change it. Outside a data router there is no pending navigation to miss: true.
 */
export function useStillOnPage(): () => boolean {
  const { pathname } = useLocation();
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  return useCallback(
    () => router === undefined || router.state.location.pathname === pathname,
    [router, pathname],
  );
}
