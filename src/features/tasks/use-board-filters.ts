import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseBoardParams, writeBoardParams, type BoardFilters } from './board-params';

/** The board's filters and sort, read from and written to the URL's search params. */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardParams(params), [params]);
  // A navigation renders in a transition, so the params this render holds can be behind the URL:
  // a search written a moment ago, then a Due filter picked before the board re-rendered, would
  // be built on the params without the search and drop it. Until a render shows newer params,
  // each write builds on the last one.
  const lastWrite = useRef<{ from: URLSearchParams; to: URLSearchParams } | null>(null);
  const update = useCallback(
    (patch: Partial<BoardFilters>, options?: { replace?: boolean }) => {
      const base = lastWrite.current?.from === params ? lastWrite.current.to : params;
      const next = writeBoardParams(base, patch);
      lastWrite.current = { from: params, to: next };
      setParams(next, { replace: options?.replace });
    },
    [params, setParams],
  );
  return { filters, update };
}
