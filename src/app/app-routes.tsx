import { createContext, useContext } from 'react';
import { matchRoutes, useLocation, useRoutes, type RouteObject } from 'react-router-dom';
import { titleFromMatches } from './route-handle';

const RouteTitleContext = createContext<string | null>(null);

/** The matched route's title (its `handle`), for the frame to put in the document title. */
export function useRouteTitle(): string | null {
  return useContext(RouteTitleContext);
}

/** Renders the route table for the current address, with the deepest matched route's title. */
export function AppRoutes({ routes }: { routes: RouteObject[] }) {
  const location = useLocation();
  const element = useRoutes(routes);
  const title = titleFromMatches(matchRoutes(routes, location) ?? []);
  return <RouteTitleContext.Provider value={title}>{element}</RouteTitleContext.Provider>;
}
