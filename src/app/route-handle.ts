/** What a route declares about itself in `handle`. */
export type RouteHandle = { title: string };

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    typeof (handle as { title?: unknown }).title === 'string'
  );
}

/** The deepest matched route's title. */
export function titleFromMatches(
  matches: readonly { route: { handle?: unknown } }[],
): string | null {
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.route.handle;
    if (isRouteHandle(handle)) return handle.title;
  }
  return null;
}
