import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

// Settings in a real browser against the real stack: the embedded backend answers, a wrong
// address is explained in plain words, and switching back reconnects.

// Nothing listens on the discard port, and Chromium refuses it outright: a sure network failure.
const WRONG_URL = 'http://127.0.0.1:9';

test('point settings at a wrong URL, read the explanation, switch back', async ({
  page,
  gotoApp,
  apiKey,
}) => {
  await gotoApp('/settings');
  const current = page.getByRole('region', { name: 'Backend in use' });
  const form = page.getByRole('form', { name: 'Change backend' });
  await expect(current.getByRole('status')).toContainText('Connected to the embedded backend');

  await form.getByRole('radio', { name: /Dalil/ }).check();
  await form.getByLabel('Base URL').fill(WRONG_URL);
  await form.getByLabel('API key').fill('not-a-real-key-1234');
  await form.getByRole('button', { name: 'Test connection' }).click();
  const explanation = form.getByRole('alert');
  await expect(explanation).toContainText('Unreachable');
  await expect(explanation).toContainText(
    'You may be offline, the address may be wrong, or the server does not allow requests from this site (CORS)',
  );
  // Testing did not switch anything yet.
  await expect(current).toContainText('Embedded backend');
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({
    path: 'test-results/screenshots/settings-unreachable.png',
    fullPage: true,
  });

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(current).toContainText(`Dalil at ${WRONG_URL}`);
  await expect(current.getByRole('alert')).toContainText('Unreachable');

  await form.getByRole('radio', { name: /Embedded/ }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(current.getByRole('status')).toContainText('Connected to the embedded backend');

  // The embedded key came from the start-up link; it never shows on the page or in the URL.
  expect(page.url()).not.toContain(apiKey);
  expect(await page.content()).not.toContain(apiKey);
  await expect(form.getByLabel('API key')).toHaveValue('');
});

test('the settings survive a reload, and a wrong key says so', async ({ page, gotoApp }) => {
  await gotoApp('/settings');
  const current = page.getByRole('region', { name: 'Backend in use' });
  const form = page.getByRole('form', { name: 'Change backend' });
  await expect(current.getByRole('status')).toContainText('Connected');

  await form.getByLabel('API key').fill('wrong-key-000000');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('alert')).toContainText('Wrong API key');

  await page.reload();
  await expect(current.getByRole('status')).toContainText('Connected to the embedded backend');
});
