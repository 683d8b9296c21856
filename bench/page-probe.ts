// In-page probes for the benchmark, installed before any of the page's own scripts run. Kept as
// source text: a function passed from here would carry the TypeScript runner's helpers (e.g.
// `__name`) into the page, where they do not exist.

export type ProbeResult = {
  /** ms from navigation start to the first task card in the DOM; null before it. */
  firstCard: number | null;
  longTasks: { start: number; duration: number }[];
};

declare global {
  interface Window {
    __bench?: ProbeResult;
  }
}

/** Records when the first `<article>` (a task card, in the app and in the naive page) appears,
 *  and every main-thread task over 50 ms. */
export const PROBE_SCRIPT = `(() => {
  const result = { firstCard: null, longTasks: [] };
  window.__bench = result;
  const observer = new MutationObserver(() => {
    if (result.firstCard === null && document.querySelector('article')) {
      result.firstCard = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        result.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without Long Tasks reports none.
  }
})();`;
