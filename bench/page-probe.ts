// In-page probes for the benchmark, installed before any of the page's own scripts run (they are
// serialised into the page, so they use only browser globals).

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
export function installProbe(): void {
  const result: ProbeResult = { firstCard: null, longTasks: [] };
  window.__bench = result;
  const check = () => {
    if (result.firstCard === null && document.querySelector('article')) {
      result.firstCard = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        result.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without Long Tasks reports none; the table then says so in its figures.
  }
}
