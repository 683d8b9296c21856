import { createContext } from 'react';
import type { UNSAFE_createBrowserHistory } from 'react-router-dom';

/** What a browser or memory history offers (React Router's `History`, not exported by name). */
export type AppHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;

/**
 * The app's history itself (src/app/history-router.tsx provides it), for work that must know
 * where the app is now rather than where the page that scheduled it was rendered: a location
 * change renders in a transition, and until it commits the old page stays mounted with its old
 * location. Null outside the app's router.
 */
export const AppHistoryContext = createContext<AppHistory | null>(null);
