import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// The board on a phone: the filters wait behind one button, one status column shows at a time,
// and the page is the only thing that scrolls.

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('filters behind a Filter button with a count, one column at a time', async ({
  page,
  gotoApp,
}) => {
  await gotoApp('/tasks');
  const todo = page.getByRole('region', { name: 'To do' });
  const done = page.getByRole('region', { name: 'Done' });
  await expect(todo.locator('article').first()).toBeVisible();
  await expect(done).toBeHidden();

  // The filter selects are not on the page until asked for.
  await expect(page.getByRole('combobox', { name: 'Due' })).toHaveCount(0);
  const filterButton = page.getByRole('button', { name: /^Filter/ });
  await expect(filterButton).toHaveAccessibleName('Filter');
  await filterButton.click();
  const sheet = page.getByRole('dialog', { name: 'Filters' });
  await sheet.getByRole('combobox', { name: 'Due' }).selectOption('overdue');
  await sheet.getByRole('button', { name: 'Done' }).click();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(/due=overdue/);
  await expect(page.getByRole('button', { name: 'Filter, 1 active' })).toBeVisible();

  // The status switch shows Done instead of To do.
  await page
    .getByRole('group', { name: 'Status to show' })
    .getByRole('button', { name: /^Done/ })
    .click();
  await expect(done).toBeVisible();
  await expect(todo).toBeHidden();

  // No scroller inside the page: the column grows, the page scrolls.
  const nestedScrollers = await done.evaluate(
    (column) =>
      [column, ...column.querySelectorAll('*')].filter((node) => {
        const { overflowX, overflowY } = getComputedStyle(node);
        return /auto|scroll/.test(overflowX + overflowY);
      }).length,
  );
  expect(nestedScrollers).toBe(0);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways).toBe(false);

  await expectNoSeriousA11yViolations(page);
  await filterButton.click();
  await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
