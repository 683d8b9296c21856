import { defineConfig } from '@playwright/test';
import type { OwnStackOptions } from './test/e2e/fixtures';

// Browser tests drive Debian's Chromium (Playwright cannot download its own browser here)
// against the real stack, which test/e2e/global-setup.ts builds and starts on a free port.
// Two projects run on a stack of their own (test/e2e/fixtures.ts): one rate limited like
// Twenty, one seeded at the size of Twenty's demo workspace.

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const OWN_STACK_SPECS = /(rate-limited|large-workspace|offline)\.spec\.ts$/;

export default defineConfig<object, OwnStackOptions>({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  globalSetup: './test/e2e/global-setup.ts',
  // One server and one database for the run: tests run one at a time, so none sees another's
  // half-finished changes.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  projects: [
    { name: 'app', testIgnore: OWN_STACK_SPECS },
    {
      name: 'rate-limited',
      testMatch: /rate-limited\.spec\.ts$/,
      // Twenty's per-minute budget. The app has to wait for tokens, so a journey takes minutes.
      use: { ownStack: { TASKLINK_RATE_LIMIT: '100/60000' } },
      timeout: 300_000,
    },
    {
      // Stops and restarts its server mid-test, which must not hurt the other specs.
      name: 'offline',
      testMatch: /offline\.spec\.ts$/,
      use: { ownStack: {} },
      timeout: 180_000,
    },
    {
      name: 'large-workspace',
      testMatch: /large-workspace\.spec\.ts$/,
      use: { ownStack: { TASKLINK_SEED_SIZE: 'large' } },
      timeout: 120_000,
    },
  ],
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        // This machine's network is closed: without these Chromium keeps dialling Google.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
