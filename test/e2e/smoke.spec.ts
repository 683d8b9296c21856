import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test, type Api } from './fixtures';

// The foundation's promises, in a real browser on the real stack: the printed URL opens the app
// connected, every page is reachable, each page passes an accessibility scan, and each page is
// photographed for a person to look at (test-results/screenshots/).

/** `<outputDir>/screenshots`: test-results/screenshots unless the run says otherwise (--output). */
const screenshotPath = (name: string) =>
  join(test.info().project.outputDir, 'screenshots', `${name}.png`);

/** Waits until the page has drawn its data: no skeletons, no requests in flight. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

type TargetRow = {
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};

/** Record pages worth a look: records that have tasks linked to them. */
async function linkedRecordIds(api: Api) {
  const { status, body } = await api<{ data: { taskTargets: TargetRow[] } }>(
    '/rest/taskTargets?limit=100&depth=0',
  );
  expect(status).toBe(200);
  const rows = body.data.taskTargets;
  const first = (key: keyof TargetRow) => {
    const id = rows.find((row) => row[key])?.[key];
    if (!id) throw new Error(`no task relation with a ${key} in the demo data`);
    return id;
  };
  return {
    person: first('personId'),
    company: first('companyId'),
    opportunity: first('opportunityId'),
  };
}

test('the printed URL opens the app connected and takes the key out of the address bar', async ({
  page,
  appUrl,
  apiKey,
  baseURL,
}) => {
  await page.goto(appUrl);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL}/`);
  expect(page.url()).not.toContain(apiKey);
  expect(await page.evaluate(() => window.location.hash)).toBe('');

  // The key now lives in this tab's session: a reload stays connected.
  await page.reload();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(/Connected to the embedded backend/)).toBeVisible();
});

test('the navigation reaches every page and marks the current one', async ({ page, gotoApp }) => {
  await gotoApp('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const pages = [
    { link: 'People', path: '/people', title: 'People' },
    { link: 'Companies', path: '/companies', title: 'Companies' },
    { link: 'Opportunities', path: '/opportunities', title: 'Opportunities' },
    { link: 'Settings', path: '/settings', title: 'Settings' },
    { link: 'Tasks', path: '/tasks', title: 'Tasks' },
  ];
  for (const target of pages) {
    await nav.getByRole('link', { name: target.link }).click();
    await expect(page).toHaveURL(new RegExp(`${target.path}$`));
    await expect(nav.getByRole('link', { name: target.link })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(`${target.title} · tasklink`);
  }
});

test('the first Tab reaches the skip link, which jumps to the page content', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/people');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the settings page says the embedded backend is connected', async ({ page, gotoApp }) => {
  await gotoApp('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText(/Connected to the embedded backend/)).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page, gotoApp }) => {
  await gotoApp('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the task board' }).click();
  await expect(page).toHaveURL(/\/tasks$/);
});

type RecordKind = 'person' | 'company' | 'opportunity';
/** A page by address, or the page of a record that has tasks (its id is looked up at run time). */
type PageCase = { name: string } & ({ path: string } | { record: RecordKind });

const recordPath: Record<RecordKind, string> = {
  person: '/people',
  company: '/companies',
  opportunity: '/opportunities',
};

const pageCases: PageCase[] = [
  { name: 'board', path: '/' },
  { name: 'people', path: '/people' },
  { name: 'companies', path: '/companies' },
  { name: 'opportunities', path: '/opportunities' },
  { name: 'person', record: 'person' },
  { name: 'company', record: 'company' },
  { name: 'opportunity', record: 'opportunity' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/no/such/page' },
];

const variants = [
  { suffix: '', colorScheme: 'light' as const, viewport: { width: 1280, height: 800 } },
  { suffix: '-dark', colorScheme: 'dark' as const, viewport: { width: 1280, height: 800 } },
  { suffix: '-phone', colorScheme: 'light' as const, viewport: { width: 375, height: 740 } },
];

for (const variant of variants) {
  test.describe(`every page${variant.suffix ? ` (${variant.suffix.slice(1)})` : ''}`, () => {
    test.use({ colorScheme: variant.colorScheme, viewport: variant.viewport });

    for (const pageCase of pageCases) {
      test(`${pageCase.name}: no serious accessibility violation, and a screenshot`, async ({
        page,
        gotoApp,
        api,
      }) => {
        // axe checks every element's contrast: on a full board that alone takes many seconds.
        test.slow();
        if ('path' in pageCase) {
          await gotoApp(pageCase.path);
        } else {
          const ids = await linkedRecordIds(api);
          await gotoApp(`${recordPath[pageCase.record]}/${ids[pageCase.record]}`);
        }
        await settle(page);
        await expectNoSeriousA11yViolations(page);
        await page.screenshot({
          path: screenshotPath(`${pageCase.name}${variant.suffix}`),
          fullPage: true,
        });
      });
    }
  });
}
