import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseBoardParams, writeBoardParams, type BoardFilters } from './board-params';

/** The board's filters and sort, read from and written to the URL's search params. */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardParams(params), [params]);
  const update = useCallback(
    (patch: Partial<BoardFilters>, options?: { replace?: boolean }) =>
      setParams((current) => writeBoardParams(current, patch), { replace: options?.replace }),
    [setParams],
  );
  return { filters, update };
}
