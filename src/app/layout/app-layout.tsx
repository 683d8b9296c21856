import { lazy, Suspense, useLayoutEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { formatDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { useBackend } from '@/backends/backend-context';
import { canCreateFromBoard } from '@/features/tasks/capability-views';
import { ShortcutNewTask } from '@/features/tasks/new-task/components/shortcut-new-task';
import { GlobalShortcuts } from '@/features/shortcuts/global-shortcuts';
import { TaskPanelHost } from '@/features/tasks/editor/components/task-panel-host';
import { PaletteHost, prefetchPalette } from '@/features/tasks/palette/palette-host';
import { BulkBarHost } from '@/features/tasks/bulk/bulk-bar-host';
import { TaskSelectionProvider } from '@/features/tasks/bulk/use-task-selection';
import { useRouteTitle } from '../app-routes';
import { AppNav } from './app-nav';
import styles from './app-layout.module.css';
import { LogoMark } from './nav-icons';
import { OfflineBanner } from './offline-banner';
import { ServerWaitNotice } from './server-wait-notice';

export const MAIN_CONTENT_ID = 'main-content';

// Fetched right after the first render, outside the board's first load. If its download fails
// the tab still works, only not in step with the others until the next page load.
const TabSync = lazy(() =>
  import('@/features/tasks/sync/tab-sync').then(
    (module) => ({ default: module.TabSync }),
    () => ({ default: () => null }),
  ),
);

/** The frame around every page: skip link, navigation, and the main landmark. */
export function AppLayout() {
  const { pathname } = useLocation();
  const routeTitle = useRouteTitle();
  const { capabilities } = useBackend();

  // A layout effect runs before the pages' passive effects, so a page's own title wins.
  useLayoutEffect(() => {
    document.title = formatDocumentTitle(routeTitle);
  }, [routeTitle, pathname]);

  return (
    <TaskSelectionProvider>
      <div className={styles.shell}>
        <a href={`#${MAIN_CONTENT_ID}`} className={styles.skipLink}>
          Skip to content
        </a>
        <header className={styles.sidebar}>
          <Link to={paths.home()} className={styles.brand}>
            <LogoMark />
            <span>tasklink</span>
          </Link>
          <AppNav />
          <GlobalShortcuts
            renderNewTask={
              canCreateFromBoard(capabilities)
                ? (close) => <ShortcutNewTask onClose={close} />
                : undefined
            }
            renderPalette={(close) => <PaletteHost onClose={close} />}
            prefetchPalette={prefetchPalette}
          />
        </header>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          <OfflineBanner />
          <Outlet />
        </main>
        <TaskPanelHost />
        <ServerWaitNotice />
        <BulkBarHost />
        <Suspense fallback={null}>
          <TabSync />
        </Suspense>
      </div>
    </TaskSelectionProvider>
  );
}
