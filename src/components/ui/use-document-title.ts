import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

export const APP_NAME = 'tasklink';

export const formatDocumentTitle = (title: string | null | undefined) =>
  title ? `${title} · ${APP_NAME}` : APP_NAME;

/**
 * Sets the tab's title from a page, e.g. a record's name once it has loaded. The layout sets
 * each route's default title in a layout effect, which runs before this passive effect, so the
 * page's more specific title wins.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const { pathname } = useLocation();
  useEffect(() => {
    if (title) document.title = formatDocumentTitle(title);
  }, [title, pathname]);
}
