import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { createAppRouter, preloadPageFor } from '@/app/router';
import { startBoardData } from '@/app/start-board-data';
import { consumeKeyFragment, loadSettings } from '@/features/settings/settings-store';
import { installChunkRecovery } from '@/lib/chunk-recovery';
import { whenIdle } from '@/lib/lazy-component';
import { createQueryClient } from '@/lib/query-client';
import { prefetchPages } from '@/app/pages';
import '@/styles/global.css';

// Before anything reads the address bar: the key from `npm start`'s link goes to
// sessionStorage and leaves the URL, so it is never bookmarked, shared or logged.
consumeKeyFragment();
installChunkRecovery();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const settings = loadSettings();
// The first page's code and the board's data both start now, side by side, rather than one
// after the other once the router has rendered.
preloadPageFor(window.location.pathname);
startBoardData(queryClient, settings);
const router = createAppRouter();
// Once the first page has settled, the other pages' code, so that they open at once and still
// open if the network goes away.
whenIdle(() => void prefetchPages());

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} settings={settings}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
