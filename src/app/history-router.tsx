import { startTransition, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { parsePath, Router, type Location, type Navigator, type To } from 'react-router-dom';
import { AppHistoryContext, type AppHistory } from '@/lib/app-history';

export type { AppHistory };

// React Router's declarative router: a fraction of the data router's code (createBrowserRouter,
// RouterProvider) on the board's first load, since no route has a loader. Its navigator drops
// the `mask` option that TaskLink uses to show a task panel's own URL over the page underneath
// (src/components/task-link.tsx); both histories keep a masked location when handed one whole,
// so this navigator builds it.

const newKey = () => Math.random().toString(36).slice(2, 10);

function maskedLocation(history: AppHistory, to: To, state: unknown, mask: To): Location {
  const target = typeof to === 'string' ? parsePath(to) : to;
  const current = history.location;
  const maskPath = typeof mask === 'string' ? parsePath(mask) : mask;
  return {
    pathname: target.pathname ?? current.pathname,
    search: target.search ?? '',
    hash: target.hash ?? '',
    state: state ?? null,
    key: newKey(),
    mask: {
      pathname: maskPath.pathname ?? '/',
      search: maskPath.search ?? '',
      hash: maskPath.hash ?? '',
    },
  };
}

function maskingNavigator(history: AppHistory): Navigator {
  return {
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    go: (delta) => history.go(delta),
    push: (to, state: unknown, options) =>
      history.push(options?.mask ? maskedLocation(history, to, state, options.mask) : to, state),
    replace: (to, state: unknown, options) =>
      history.replace(options?.mask ? maskedLocation(history, to, state, options.mask) : to, state),
  };
}

/**
 * `<BrowserRouter>` over a history made outside React (main.tsx makes the browser's, tests a
 * memory one), with `mask` kept. Location changes render in a transition, as both of React
 * Router's own routers do. The history must be made with `v5Compat: true` so that it tells
 * of its own pushes.
 */
export function HistoryRouter({ history, children }: { history: AppHistory; children: ReactNode }) {
  const navigator = useMemo(() => maskingNavigator(history), [history]);
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) =>
        startTransition(() => setState({ action, location })),
      ),
    [history],
  );
  return (
    <AppHistoryContext.Provider value={history}>
      <Router location={state.location} navigationType={state.action} navigator={navigator}>
        {children}
      </Router>
    </AppHistoryContext.Provider>
  );
}
