import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launch } from '../bench/browser';
import { seriousA11yViolations } from '../test/e2e/a11y';
import { buildApp, startStack, type RunningStack } from '../test/e2e/stack';

// `npm run screenshots`: the app's states a person should look at after a change, each in light,
// dark and on a phone, written to docs/screenshots/states/. It runs the real stack (a fresh,
// seeded database) and drives the app the way a user would; nothing is mocked. It is not a test:
// the browser tests assert behaviour, this only records what it looks like.

const OUT = join(process.cwd(), 'docs', 'screenshots', 'states');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

type Variant = 'light' | 'dark' | 'phone';
const VARIANTS: Variant[] = ['light', 'dark', 'phone'];

type Scene = {
  name: string;
  /** Brings a freshly opened, signed-in page to the state; returns after it shows. */
  reach: (page: Page, stack: RunningStack) => Promise<void>;
  /** Scenes that must not be signed in (the Connect screen). */
  signedOut?: boolean;
};

async function board(page: Page) {
  await page.getByRole('article').first().waitFor();
}

async function openFirstCard(page: Page) {
  await board(page);
  const card = page.getByRole('article').first();
  const title = (await card.getAttribute('aria-label')) ?? '';
  await card.getByRole('link').first().click();
  await page.getByRole('dialog', { name: title }).waitFor();
}

async function setFaults(stack: RunningStack, rules: unknown[]) {
  const response = await fetch(`${stack.baseUrl}/__test/faults`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${stack.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(rules),
  });
  if (!response.ok) throw new Error(`PUT /__test/faults answered ${response.status}`);
}

const SCENES: Scene[] = [
  { name: 'board', reach: board },
  {
    name: 'connect',
    signedOut: true,
    reach: async (page) => {
      await page.getByRole('heading', { name: /Connect/ }).waitFor();
    },
  },
  {
    name: 'status-undo-toast',
    reach: async (page) => {
      await board(page);
      const todo = page.getByRole('region', { name: 'To do', exact: true });
      await todo
        .getByRole('button', { name: /Change status/ })
        .first()
        .click();
      await page.getByRole('menuitemradio', { name: 'In progress' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
    },
  },
  { name: 'editor', reach: openFirstCard },
  {
    name: 'link-picker',
    reach: async (page) => {
      await openFirstCard(page);
      const dialog = page.getByRole('dialog').first();
      const link = dialog.getByRole('combobox', { name: /Link to/ });
      await link.click();
      await link.fill('lu');
      await page.getByRole('listbox').getByRole('option').first().waitFor();
    },
  },
  {
    name: 'shortcuts-help',
    reach: async (page) => {
      await board(page);
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: /Keyboard shortcuts/ }).waitFor();
    },
  },
  {
    name: 'person-page',
    reach: async (page) => {
      await board(page);
      await page.getByRole('navigation').getByRole('link', { name: 'People' }).click();
      await page.getByRole('table').getByRole('link').first().click();
      await page.getByRole('region', { name: 'Tasks' }).waitFor();
    },
  },
  {
    // Ctrl+K on the first card: its actions first, then "Lu" searched on the server.
    name: 'command-palette',
    reach: async (page) => {
      await board(page);
      await page.getByRole('article').first().getByRole('link').first().focus();
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.getByRole('group', { name: /^Focused task/ }).waitFor();
      await page.keyboard.type('lu');
      await palette.getByRole('group', { name: 'Results' }).waitFor();
      await palette.getByText('Searching…').waitFor({ state: 'detached' });
    },
  },
  {
    // The editor's due date typed in words, shown as understood before it is applied.
    name: 'dates-in-words',
    reach: async (page) => {
      await openFirstCard(page);
      const words = page.getByRole('dialog').first().getByRole('textbox', { name: 'In words' });
      await words.fill('tomorrow 3pm');
      await page.getByText(/Understood as/).waitFor();
    },
  },
  {
    name: 'list-view',
    reach: async (page) => {
      await board(page);
      await page
        .getByRole('navigation', { name: 'View' })
        .getByRole('link', { name: 'List' })
        .click();
      await page.locator('[data-task-row]').first().waitFor();
    },
  },
  {
    // "Work through" the board's open tasks, the linked record beside the first.
    name: 'queue-mode',
    reach: async (page) => {
      await board(page);
      await page.getByRole('link', { name: 'Work through' }).click();
      await page.getByText(/^1 of \d+/).waitFor();
      await page
        .getByRole('complementary', { name: 'Linked record' })
        .getByRole('heading')
        .waitFor();
    },
  },
  {
    // Three cards selected, a status change where one write fails: the progress, the failure
    // with its reason, Retry failed, and the action bar under it.
    name: 'bulk-actions',
    reach: async (page, stack) => {
      await board(page);
      const todo = page.getByRole('region', { name: 'To do', exact: true });
      const boxes = todo.getByRole('checkbox', { name: /^Select / });
      await boxes.nth(0).check();
      await boxes.nth(2).click({ modifiers: ['Shift'] });
      const bar = page.getByRole('toolbar', { name: /Actions on 3 tasks selected/ });
      await bar.waitFor();
      await setFaults(stack, [
        { method: 'PATCH', path: '/rest/tasks/*', rate: { fail: 1, of: 3 }, times: 1, status: 400 },
      ]);
      try {
        await bar.getByRole('button', { name: 'Status' }).click();
        await page.getByRole('menuitemradio', { name: 'Done' }).click();
        await page.getByRole('button', { name: /Retry failed/ }).waitFor();
      } finally {
        await setFaults(stack, []);
      }
    },
  },
  {
    name: 'offline-banner',
    reach: async (page, stack) => {
      await board(page);
      const todo = page.getByRole('region', { name: 'To do', exact: true });
      const status = todo.getByRole('button', { name: /Change status/ }).first();
      // The menu's code is loaded while the server is up: the picture is of the banner, not of
      // a chunk that cannot load.
      await status.click();
      await page.getByRole('menuitemradio', { name: 'In progress' }).waitFor();
      await page.keyboard.press('Escape');
      await stack.stopServer();
      try {
        await status.click();
        await page.getByRole('menuitemradio', { name: 'In progress' }).click();
        await page.getByText(/Can't reach the tasklink server/).waitFor();
        // Let the toast and banner settle before the picture.
        await page.waitForTimeout(500);
      } catch (error) {
        await stack.startServer();
        throw error;
      }
    },
  },
];

async function shoot(browser: Browser, stack: RunningStack, scene: Scene, variant: Variant) {
  const context = await browser.newContext({
    viewport: variant === 'phone' ? PHONE : DESKTOP,
    colorScheme: variant === 'dark' ? 'dark' : 'light',
    locale: 'en-US',
    isMobile: variant === 'phone',
    hasTouch: variant === 'phone',
  });
  const page = await context.newPage();
  try {
    const hash = scene.signedOut ? '' : `#key=${encodeURIComponent(stack.apiKey)}`;
    await page.goto(`${stack.baseUrl}/tasks${hash}`);
    await scene.reach(page, stack);
    // Names on chips and record pages come a moment after the cards: wait for them (but not
    // for ever: the offline scene's probes never let the network go quiet).
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: join(OUT, `${scene.name}-${variant}.png`) });
    console.log(`${scene.name}-${variant}.png`);
    if (withAxe) {
      const found = await seriousA11yViolations(page);
      for (const line of found) console.error(`  axe ${line}`);
      if (found.length > 0) process.exitCode = 1;
    }
  } catch (error) {
    console.error(`${scene.name} (${variant}) could not be reached: ${String(error)}`);
    process.exitCode = 1;
  } finally {
    await context.close();
    // The offline scene stops the server; the next picture needs it back.
    await stack.startServer();
  }
}

const withAxe = process.argv.includes('--axe');

async function main() {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const staticDir = mkdtempSync(join(tmpdir(), 'tasklink-shots-'));
  mkdirSync(OUT, { recursive: true });
  buildApp(staticDir);
  // A stack per scene: each starts from the same seeded data, so one scene's changes (a status
  // move, a stopped server) never show in the next.
  const browser = await launch();
  try {
    for (const scene of SCENES) {
      if (only.length > 0 && !only.includes(scene.name)) continue;
      const stack = await startStack(staticDir);
      try {
        for (const variant of VARIANTS) await shoot(browser, stack, scene, variant);
      } finally {
        await stack.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

await main();
