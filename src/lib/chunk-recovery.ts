// Code that loads on demand can fail to arrive: the network dropped, or a new version of the app
// replaced the files this tab was built against. Pages show such a failure with a Retry inside
// the app's frame (RouteBoundary, ChunkBoundary); this module makes that Retry able to succeed,
// and reloads once when only a reload can.

import { setBeforeDownload } from './lazy-component';

const RELOADED_AT = 'tasklink:chunk-reload-at';
/** One reload per this long: a second failure soon after a reload is not fixed by another. */
const RELOAD_GUARD_MS = 60_000;

/** The entry script this tab runs, e.g. /assets/index-abc123.js. */
function currentEntry(): string | null {
  return document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null;
}

/**
 * A new deploy is the one failure a reload fixes: the page then asks for files that exist.
 * Offline, a reload would only swap the app for the browser's own error page, so the app stays
 * and its Retry (or coming back online) loads the code once the server answers.
 */
async function reloadIfReplaced(): Promise<void> {
  const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
  if (Date.now() - last < RELOAD_GUARD_MS) return;
  const entry = currentEntry();
  if (entry === null) return;
  let html: string;
  try {
    const response = await fetch('/', { cache: 'no-store', headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    html = await response.text();
  } catch {
    return;
  }
  if (html.includes(entry)) return;
  sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  window.location.reload();
}

const failedStylesheets = new Set<string>();

function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Unable to load CSS for ${href}`)));
    document.head.appendChild(link);
  });
}

/**
 * Links again the stylesheets whose download failed. Vite links a page's stylesheet before
 * running its code but remembers a failed one as done, so a retried page would otherwise draw
 * unstyled; lazyComponent waits for this before each download.
 */
export function relinkFailedStylesheets(): Promise<void> | null {
  if (failedStylesheets.size === 0) return null;
  const hrefs = [...failedStylesheets];
  failedStylesheets.clear();
  return Promise.all(hrefs.map(linkStylesheet)).then(() => undefined);
}

export function installChunkRecovery(): void {
  document.addEventListener(
    'error',
    (event) => {
      const link = event.target;
      if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') {
        failedStylesheets.add(link.href);
        // After the link's own listeners have seen the failure.
        setTimeout(() => link.remove(), 0);
      }
    },
    // Capture: a load error does not bubble.
    true,
  );
  setBeforeDownload(relinkFailedStylesheets);
  window.addEventListener('vite:preloadError', () => void reloadIfReplaced());
}
