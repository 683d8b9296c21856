import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/app-routes';
import { HistoryRouter } from '@/app/history-router';
import { appRoutes, createAppHistory, preloadPageFor } from '@/app/router';
import { startBoardData } from '@/app/start-board-data';
import { createAppBackend } from '@/backends/app-backend';
import { consumeKeyFragment, loadSettings } from '@/features/settings/settings-store';
import { handOverInProgress } from '@/features/settings/session/hand-over';
import { installChunkRecovery } from '@/lib/chunk-recovery';
import { whenIdle } from '@/lib/lazy-component';
import { createQueryClient } from '@/lib/query-client';
import { prefetchPages } from '@/app/pages';
import { watchReturnsBeforeSync } from '@/features/tasks/sync/returns-before-sync';
import '@/styles/global.css';

// Before anything reads the address bar: the key from `npm start`'s link goes to
// sessionStorage and leaves the URL, so it is never bookmarked, shared or logged.
consumeKeyFragment();
installChunkRecovery();
watchReturnsBeforeSync();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const settings = loadSettings();
const backend = createAppBackend(settings, handOverInProgress());
// The first page's code and the board's data both start now, side by side, rather than one
// after the other once the router has rendered.
const firstPage = preloadPageFor(window.location.pathname);
startBoardData(queryClient, backend.backend);
const history = createAppHistory();
// Once the first page has settled, the other pages' code, so that they open at once and still
// open if the network goes away.
whenIdle(() => void prefetchPages());

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} backend={backend}>
        <HistoryRouter history={history}>
          <AppRoutes routes={appRoutes} />
        </HistoryRouter>
      </AppProviders>
    </StrictMode>,
  );
// The board renders once its code is in, not with a fallback first: React holds back content
// that replaces a fallback for up to 300 ms after the fallback showed (its Suspense throttle),
// which kept the first cards waiting long after their data and code had arrived.
if (firstPage) void firstPage.then(render);
else render();
