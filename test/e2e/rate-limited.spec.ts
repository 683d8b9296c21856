import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api, type ApiResponse } from './fixtures';

// The app against a server that rate-limits like Twenty (TASKLINK_RATE_LIMIT=100/60000: 100
// requests a minute for the workspace, 429 without Retry-After). Another client of the same
// workspace spends the whole budget before each step, so the app's requests are refused at first
// and it has to wait for tokens (one per 600 ms): the board, a record page and a task linked to
// five records must still all complete, with no error shown and nothing made twice.

type WireTarget = {
  taskId: string;
  personId: string | null;
  companyId: string | null;
  opportunityId: string | null;
};
type WirePerson = { id: string; name: { firstName: string; lastName: string } };
type WireNamed = { id: string; name: string };
type WireTask = { id: string; title: string; taskTargets?: WireTarget[] };

/** A generous wait for anything that has to queue for the server's tokens (one per 600 ms). */
const PACED = { timeout: 90_000 };

/** A REST call that, like a well-behaved client, waits and asks again after a 429. */
async function patiently<T>(api: Api, path: string): Promise<ApiResponse<T>> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await api<T>(path);
    if (answer.status !== 429) return answer;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  }
  throw new Error(`${path} was still refused with 429 after 60 tries`);
}

async function list<T>(api: Api, plural: string, query: string): Promise<T[]> {
  const { status, body } = await patiently<{ data: Record<string, T[]> }>(
    api,
    `/rest/${plural}?${query}`,
  );
  expect(status).toBe(200);
  return Object.values(body.data)[0] ?? [];
}

/** Spends what is left of the workspace's budget, as another busy client would. */
async function drainBudget(api: Api): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await api('/rest/workspaceMembers?limit=1')).status === 429) return;
  }
  throw new Error('the server never answered 429: is TASKLINK_RATE_LIMIT set for this project?');
}

const personName = (p: WirePerson) => `${p.name.firstName} ${p.name.lastName}`;

function uniquelyNamed<T>(records: T[], name: (record: T) => string): T[] {
  const count = new Map<string, number>();
  for (const record of records) count.set(name(record), (count.get(name(record)) ?? 0) + 1);
  return records.filter((record) => count.get(name(record)) === 1);
}

/** Nothing on the page says something failed. */
async function expectNoError(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^(Could not|Couldn't)/)).toHaveCount(0);
}

async function link(page: Page, dialog: Locator, api: Api, name: string): Promise<void> {
  await drainBudget(api);
  await dialog.getByRole('combobox', { name: 'Link to' }).fill(name);
  await page.getByRole('option', { name, exact: true }).first().click(PACED);
  await expect(dialog.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
}

test('board, record page and a task linked to five records all complete within the limit', async ({
  page,
  gotoApp,
  api,
}) => {
  // Picked before the budget is spent: a person with tasks, and four more records to link, each
  // with a name no other record of its kind has, so the picker's option is that record.
  const people = await list<WirePerson & { taskTargets: WireTarget[] }>(
    api,
    'people',
    'depth=1&limit=200',
  );
  const companies = uniquelyNamed(
    await list<WireNamed>(api, 'companies', 'limit=200'),
    (c) => c.name,
  );
  const opportunities = uniquelyNamed(
    await list<WireNamed>(api, 'opportunities', 'limit=200'),
    (o) => o.name,
  );
  const [person, otherPerson] = uniquelyNamed(people, personName).sort(
    (a, b) => b.taskTargets.length - a.taskTargets.length,
  );
  const opportunity = opportunities[0];
  if (!person || !otherPerson || companies.length < 2 || !opportunity) {
    throw new Error('the demo data has too few uniquely named records');
  }
  const title = `Rate-limited kickoff ${Date.now().toString(36)}`;

  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 429) {
      refused.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
    }
  });
  await test.step('the board loads every column', async () => {
    await drainBudget(api);
    await gotoApp('/tasks');
    for (const name of ['To do', 'In progress', 'Done']) {
      const column = page.getByRole('region', { name, exact: true });
      await expect(column.getByRole('article').first()).toBeVisible(PACED);
    }
    await expectNoError(page);
  });

  const panel = page.getByRole('region', { name: /^Tasks/ });
  await test.step("a person's page shows their tasks", async () => {
    await drainBudget(api);
    await gotoApp(`/people/${person.id}`);
    await expect(page.getByRole('heading', { level: 1, name: personName(person) })).toBeVisible(
      PACED,
    );
    const own = new Set(person.taskTargets.map((t) => t.taskId));
    await expect(panel.getByRole('listitem')).toHaveCount(own.size, PACED);
    await expectNoError(page);
  });

  await test.step('a new task linked to five records is created once', async () => {
    await panel.getByRole('button', { name: 'New task', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(
      dialog.getByRole('button', { name: `Remove ${personName(person)}` }),
    ).toBeVisible();
    await dialog.getByRole('textbox', { name: /title/i }).fill(title);
    await link(page, dialog, api, personName(otherPerson));
    for (const company of companies.slice(0, 2)) await link(page, dialog, api, company.name);
    await link(page, dialog, api, opportunity.name);
    await expect(
      dialog.getByRole('list', { name: 'Linked records' }).getByRole('listitem'),
    ).toHaveCount(5);

    await drainBudget(api);
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await expect(dialog).toBeHidden(PACED);
    await expect(page.getByText('Task created', { exact: true })).toBeVisible();
    await expect(panel.getByText(title)).toBeVisible(PACED);
    await expectNoError(page);
  });

  // The limit was reached, for reads and for the writes, and the app waited it out.
  console.log(`rate-limited: ${refused.length} requests answered 429 and retried:`, refused);
  expect(refused.some((line) => line.startsWith('GET '))).toBe(true);
  expect(refused.some((line) => line.startsWith('POST '))).toBe(true);

  const tasks = await list<WireTask>(
    api,
    'tasks',
    `depth=1&filter=${encodeURIComponent(`title[eq]:"${title}"`)}`,
  );
  expect(tasks).toHaveLength(1);
  const targets = tasks[0]!.taskTargets ?? [];
  expect(targets).toHaveLength(5);
  expect(targets.map((t) => t.personId ?? t.companyId ?? t.opportunityId).sort()).toEqual(
    [person.id, otherPerson.id, ...companies.slice(0, 2).map((c) => c.id), opportunity.id].sort(),
  );
});
