import type { Page } from '@playwright/test';

export type HeldChunk = {
  /** Whether the page has asked for the chunk yet. */
  asked: () => boolean;
  /** Lets the held download go on. */
  release: () => void;
};

/**
 * Holds back the download of the app's chunk named `name` (e.g. `drag-layer`) until released:
 * for the races a quick user, or a busy machine, meets while code that loads on demand is on
 * its way.
 */
export async function holdChunk(page: Page, name: string): Promise<HeldChunk> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = false;
  await page.route(new RegExp(`/assets/${name}-[^/]*\\.js$`), async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  return { asked: () => asked, release };
}
