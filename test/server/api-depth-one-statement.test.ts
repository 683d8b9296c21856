import type { Db, Row } from '../../server/db.ts';
import { OBJECTS, type ObjectMeta, type ObjectName } from '../../server/metadata.ts';
import { encodeCursor } from '../../server/query/cursor.ts';
import { orderBySql, parseOrderBy } from '../../server/query/order-by.ts';
import { RELATION_CAP, toRecords } from '../../server/records/depth.ts';
import { generateDemoData, DEMO_COUNTS } from '../../server/seed/generate.ts';
import { insertDemoData } from '../../server/seed/seed.ts';
import { ident } from '../../server/sql.ts';
import { API_KEY, openHarness, type Harness } from './api-harness.ts';

// Reads build their records, relations, totalCount and cursors in one statement, with the rows
// carried as JSON (records/depth-json.ts). Their answers must be byte for byte those of the
// plain path they replaced: SELECT * through the driver, then toRecords (depth.ts), a COUNT and
// encodeCursor over the driver's row. Compared over the demo data plus rows written straight in
// SQL with what the API never produces itself: microsecond and pre-1970 dates, awkward text and
// numbers, NULL in every nullable column, arrays empty and NULL, a record with more relations
// than the cap and records with none.

let h: Harness;

const MEMBER = '10000000-0000-4000-8000-000000000001';
const COMPANY = '20000000-0000-4000-8000-000000000001';
const BARE_COMPANY = '20000000-0000-4000-8000-000000000002';
const PERSON = '30000000-0000-4000-8000-000000000001';
const OPPORTUNITY = '40000000-0000-4000-8000-000000000001';
const BUSY_TASK = '50000000-0000-4000-8000-000000000001';
const BARE_TASK = '50000000-0000-4000-8000-000000000002';
const AWKWARD = 'quote " backslash \\ newline\ntab\t emoji 😀 line sep \u2028 <b>&amp;</b> ü';

async function insertEdgeRows(db: Db) {
  await db.query(
    `INSERT INTO workspace_members ("id", "createdAt", "updatedAt", "deletedAt", "position", "nameFirstName", "nameLastName", "userEmail", "locale")
     VALUES ($1, '2026-03-04 05:06:07.123999+00', '1969-12-31 23:59:59.999500+00', '2026-01-01 00:00:00.0005+00', 1e21, $2, NULL, '', NULL)`,
    [MEMBER, AWKWARD],
  );
  await db.query(
    `INSERT INTO companies ("id", "position", "name", "employees", "idealCustomerProfile", "accountOwnerId",
        "domainNamePrimaryLinkUrl", "domainNameSecondaryLinks", "annualRecurringRevenueAmountMicros",
        "annualRecurringRevenueCurrencyCode", "addressAddressLat", "addressAddressLng", "createdBySource")
     VALUES ($1, -0.000001, $2, 2147483647, true, $3, 'https://a.example', $4::jsonb, 1234567.891, 'EUR', -33.8688, 151.2093, 'API'),
            ($5, 2.5, NULL, NULL, NULL, NULL, NULL, '[]'::jsonb, NULL, NULL, NULL, NULL, NULL)`,
    [
      COMPANY,
      AWKWARD,
      MEMBER,
      JSON.stringify([{ url: 'https://b.example', label: 'B', zeta: 1, a: [true, null, 1.5] }]),
      BARE_COMPANY,
    ],
  );
  await db.query(
    `INSERT INTO people ("id", "position", "companyId", "nameFirstName", "emailsPrimaryEmail", "emailsAdditionalEmails", "phonesAdditionalPhones", "city")
     VALUES ($1, 0, $2, 'Ada', 'ada@example.com', '["x@example.com", "ü@example.com"]'::jsonb, NULL, $3)`,
    [PERSON, COMPANY, AWKWARD],
  );
  await db.query(
    `INSERT INTO opportunities ("id", "position", "name", "closeDate", "stage", "companyId", "pointOfContactId", "ownerId", "amountAmountMicros")
     VALUES ($1, 3, 'Deal', '0950-06-01 12:00:00.5+00', 'PROPOSAL', $2, $3, $4, 0)`,
    [OPPORTUNITY, COMPANY, PERSON, MEMBER],
  );
  await db.query(
    `INSERT INTO tasks ("id", "createdAt", "position", "title", "bodyV2Markdown", "bodyV2Blocknote", "dueAt", "status", "assigneeId")
     VALUES ($1, '2026-05-06 07:08:09.999999+00', 1.25, $2, $2, '[{"type":"paragraph"}]', '2026-05-07 00:00:00+00', 'IN_PROGRESS', $3),
            ($4, '2026-05-06 07:08:09.000001+00', 1.5, NULL, NULL, NULL, NULL, 'DONE', NULL)`,
    [BUSY_TASK, AWKWARD, MEMBER, BARE_TASK],
  );
  // More relations than the cap, half of them created in the same microsecond (the id breaks
  // the tie), to the person, the company and the opportunity in turn.
  const keys = ['personId', 'companyId', 'opportunityId'] as const;
  const targets = { personId: PERSON, companyId: COMPANY, opportunityId: OPPORTUNITY };
  for (let i = 0; i < RELATION_CAP + 7; i++) {
    const key = keys[i % 3]!;
    const id = `60000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const createdAt =
      i % 2 === 0
        ? '2026-05-06 10:00:00.000001+00'
        : `2026-05-06 10:00:${String(i % 60).padStart(2, '0')}.4567+00`;
    await db.query(
      `INSERT INTO task_targets ("id", "createdAt", "position", "taskId", ${ident(key)}) VALUES ($1, $2, $3, $4, $5)`,
      [id, createdAt, i, BUSY_TASK, targets[key]],
    );
  }
}

beforeAll(async () => {
  h = await openHarness();
  const data = generateDemoData({ now: new Date('2026-06-01T09:00:00.000Z'), counts: DEMO_COUNTS });
  await insertDemoData(h.db, data);
  await insertEdgeRows(h.db);
});
afterAll(() => h.db.close());

/** The answer of the old path: whole rows through the driver, relations by toRecords. */
async function plainList(
  meta: ObjectMeta,
  depth: 0 | 1,
  orderBy: string,
  limit: number,
  offset = 0,
) {
  const order = parseOrderBy(orderBy, meta);
  const fetched = await h.db.query(
    `SELECT * FROM ${ident(meta.table)} ORDER BY ${orderBySql(order)} LIMIT $1 OFFSET $2`,
    [limit + 1, offset],
  );
  const rows: Row[] = fetched.slice(0, limit);
  const [count] = await h.db.query<{ n: number }>(
    `SELECT COUNT(*)::int AS "n" FROM ${ident(meta.table)}`,
  );
  return {
    data: { [meta.namePlural]: await toRecords(h.db, meta, rows, depth, RELATION_CAP) },
    pageInfo: {
      hasNextPage: fetched.length > limit,
      hasPreviousPage: offset > 0,
      startCursor: rows[0] ? encodeCursor(rows[0], order) : null,
      endCursor: rows.at(-1) ? encodeCursor(rows.at(-1)!, order) : null,
    },
    totalCount: count!.n,
  };
}

async function text(path: string): Promise<string> {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${API_KEY}` } });
  expect(res.status).toBe(200);
  return res.text();
}

const names = Object.keys(OBJECTS) as ObjectName[];

describe('a read in one statement answers byte for byte as the plain path', () => {
  it.each(names.flatMap((name) => ([0, 1] as const).map((depth) => [name, depth] as const)))(
    'lists %s at depth %i',
    async (name, depth) => {
      const meta = OBJECTS[name];
      for (const orderBy of ['createdAt[AscNullsFirst]', 'position[DescNullsLast]']) {
        for (const limit of [200, 3]) {
          const expected = JSON.stringify(await plainList(meta, depth, orderBy, limit));
          const path = `/rest/${name}?depth=${depth}&limit=${limit}&order_by=${encodeURIComponent(orderBy)}`;
          const answer = await text(path);
          expect(answer).toBe(expected);
          // The next page, after the cursor: the rows beyond it and hasPreviousPage come along.
          const { endCursor } = (JSON.parse(answer) as { pageInfo: { endCursor: string } })
            .pageInfo;
          const next = await text(`${path}&starting_after=${encodeURIComponent(endCursor)}`);
          expect(next).toBe(JSON.stringify(await plainList(meta, depth, orderBy, limit, limit)));
        }
      }
    },
  );

  it.each(names)('reads every %s by id at depth 1', async (name) => {
    const meta = OBJECTS[name];
    const rows = await h.db.query(`SELECT * FROM ${ident(meta.table)} ORDER BY "id"`);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const [record] = await toRecords(h.db, meta, [row], 1, RELATION_CAP);
      const expected = JSON.stringify({ data: { [meta.nameSingular]: record } });
      expect(await text(`/rest/${name}/${String(row.id)}?depth=1`)).toBe(expected);
    }
  });

  it('shows the edge rows it was meant to cover', async () => {
    const busy = JSON.parse(await text(`/rest/tasks/${BUSY_TASK}?depth=1`)) as {
      data: { task: { createdAt: string; taskTargets: unknown[]; assignee: { position: number } } };
    };
    expect(busy.data.task.createdAt).toBe('2026-05-06T07:08:09.999Z');
    expect(busy.data.task.taskTargets).toHaveLength(RELATION_CAP);
    expect(busy.data.task.assignee.position).toBe(1e21);
    const bare = JSON.parse(await text(`/rest/tasks/${BARE_TASK}?depth=1`)) as {
      data: { task: Record<string, unknown> };
    };
    expect(bare.data.task).toMatchObject({ assignee: null, taskTargets: [], dueAt: null });
    const company = JSON.parse(await text(`/rest/companies/${BARE_COMPANY}?depth=1`)) as {
      data: { company: Record<string, unknown> };
    };
    expect(company.data.company).toMatchObject({ accountOwner: null, people: [], taskTargets: [] });
  });

  // PGlite's driver reads '0050-06-01 ...' with Date's legacy parser, as 1950: the plain path
  // answered a date of the first century 1900 years late there (PostgreSQL's driver did not).
  it('reads a date of the years 1 to 99 back as written, on either database', async () => {
    const created = await h.create('opportunities', {
      name: 'Old',
      closeDate: '0050-06-01T12:00:00.500Z',
    });
    const answer = JSON.parse(await text(`/rest/opportunities/${String(created.id)}`)) as {
      data: { opportunity: { closeDate: string } };
    };
    expect(answer.data.opportunity.closeDate).toBe('0050-06-01T12:00:00.500Z');
  });
});
