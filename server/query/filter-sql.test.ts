import { type Db } from '../db.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { HttpError } from '../errors.ts';
import { OBJECTS, type ObjectName } from '../metadata.ts';
import { createSchema } from '../schema.ts';
import { ident, toStatement } from '../sql.ts';
import { filterToSql } from './filter-sql.ts';
import { parseFilter } from './filter.ts';

// Each filter runs against a real PGlite database; a case names the rows it must return.

let db: Db;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ACME = uuid(900);

async function insert(object: ObjectName, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const cols = Object.keys(row);
    const text = `INSERT INTO ${ident(OBJECTS[object].table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
    await db.query(text, Object.values(row));
  }
}

beforeAll(async () => {
  db = await openTestDatabase();
  await createSchema(db);
  await insert('companies', [
    { id: ACME, name: 'Acme', employees: 120, idealCustomerProfile: true },
    { id: uuid(901), name: 'Globex', employees: 8, idealCustomerProfile: false },
    { id: uuid(902), name: 'Initech', employees: null, idealCustomerProfile: null },
  ]);
  const person = (n: number, first: string, rest: Record<string, unknown>) => ({
    id: uuid(n),
    nameFirstName: first,
    ...rest,
  });
  await insert('people', [
    person(1, 'Ada', {
      nameLastName: 'Lovelace',
      emailsPrimaryEmail: 'ada@acme.io',
      emailsAdditionalEmails: JSON.stringify(['ada@old.io']),
      city: 'London',
      jobTitle: 'Engineer',
      companyId: ACME,
    }),
    person(2, 'Bob', {
      nameLastName: "O'Brien",
      emailsPrimaryEmail: 'bob@globex.io',
      city: 'Paris, France',
      jobTitle: 'Sales (EMEA)',
      companyId: uuid(901),
    }),
    person(3, 'Céline', {
      nameLastName: 'Dion',
      emailsPrimaryEmail: 'celine@qc.ca',
      emailsAdditionalEmails: JSON.stringify(['c@a.io', 'c@b.io']),
      city: 'Montréal',
      jobTitle: '100% Singer',
    }),
    person(4, 'Dan', { emailsAdditionalEmails: JSON.stringify([]) }),
    person(5, 'Eve', {
      nameLastName: 'Smith_Jones',
      emailsPrimaryEmail: 'eve@acme.io',
      city: 'london',
      jobTitle: 'Eng_ineer',
      companyId: ACME,
    }),
    person(6, 'ada', { nameLastName: 'Byron', city: 'LONDON', jobTitle: '10 x engineer' }),
  ]);
  await insert('tasks', [
    { id: uuid(11), title: 'Call Ada', status: 'TODO', dueAt: '2026-01-10T09:00:00.000Z' },
    {
      id: uuid(12),
      title: 'Write "spec", v2',
      status: 'IN_PROGRESS',
      dueAt: '2026-01-10T09:00:00.123456Z',
    },
    { id: uuid(13), title: 'Ship (finally)', status: 'DONE', dueAt: '2026-02-01T00:00:00.000Z' },
    { id: uuid(14), title: 'No date', status: 'TODO', dueAt: null },
    { id: uuid(15), title: 'No status', status: null, dueAt: '2025-12-31T23:59:59.000Z' },
  ]);
  await insert('opportunities', [
    {
      id: uuid(21),
      name: 'Big',
      amountAmountMicros: 5_000_000_000,
      stage: 'PROPOSAL',
      closeDate: '2026-03-01',
    },
    { id: uuid(22), name: 'Small', amountAmountMicros: 250_000, stage: 'NEW' },
    { id: uuid(23), name: 'Unpriced', amountAmountMicros: null, stage: 'CUSTOMER' },
  ]);
});

afterAll(() => db.close());

const LABEL: Record<string, string> = {
  people: '"nameFirstName"',
  tasks: '"title"',
  companies: '"name"',
  opportunities: '"name"',
};

async function labels(object: ObjectName, filter: string): Promise<string[]> {
  const meta = OBJECTS[object];
  const where = filterToSql(parseFilter(filter), meta);
  const { text, params } = toStatement({
    sql: `SELECT ${LABEL[object]} AS "label" FROM ${ident(meta.table)} WHERE ${where.sql}`,
    params: where.params,
  });
  const rows = await db.query<{ label: string }>(text, params);
  return rows.map((r) => r.label).sort();
}

describe('filterToSql returns the matching rows', () => {
  it.each<[ObjectName, string, string[]]>([
    // text
    ['people', 'name.firstName[eq]:Ada', ['Ada']],
    ['people', 'name.firstName[neq]:Ada', ['Bob', 'Céline', 'Dan', 'Eve', 'ada']],
    ['people', 'name.lastName[neq]:Dion', ['Ada', 'Bob', 'Eve', 'ada']],
    ['people', 'name.firstName[in]:[Bob,"Céline",Zed]', ['Bob', 'Céline']],
    ['people', 'name.firstName[gt]:Céline', ['Dan', 'Eve', 'ada']],
    ['people', 'name.firstName[gte]:Céline', ['Céline', 'Dan', 'Eve', 'ada']],
    ['people', 'name.firstName[lt]:Bob', ['Ada']],
    ['people', 'name.firstName[lte]:Bob', ['Ada', 'Bob']],
    ['people', 'city[startsWith]:Lon%', ['Ada']],
    ['people', 'city[like]:%ondon', ['Ada', 'Eve']],
    ['people', 'city[like]:London', ['Ada']],
    ['people', 'city[ilike]:london', ['Ada', 'Eve', 'ada']],
    ['people', 'city[ilike]:"%, fr%"', ['Bob']],
    ['people', 'jobTitle[ilike]:%engineer%', ['Ada', 'ada']],
    ['people', 'jobTitle[like]:Eng_neer', ['Ada']],
    ['people', 'jobTitle[startsWith]:100%', ['Céline']],
    ['people', 'jobTitle[like]:%\\%%', ['Céline']],
    ['people', 'jobTitle[like]:%\\_%', ['Eve']],
    ['people', 'jobTitle[startsWith]:10%', ['Céline', 'ada']],
    ['people', 'name.lastName[like]:%\\_Jones', ['Eve']],
    ['people', 'name.lastName[like]:"%\'Brien"', ['Bob']],
    // A bracket cannot be sent inside quotes (Twenty refuses it); '_' stands in for it.
    ['people', 'jobTitle[like]:"Sales _EMEA_"', ['Bob']],
    ['people', 'city[eq]:"Paris, France"', ['Bob']],
    ['people', 'city[eq]:Montréal', ['Céline']],
    ['people', 'city[is]:NULL', ['Dan']],
    ['people', 'city[is]:NOT_NULL', ['Ada', 'Bob', 'Céline', 'Eve', 'ada']],
    ['people', 'emails.primaryEmail[like]:%@acme.io', ['Ada', 'Eve']],
    // json arrays
    ['people', 'emails.additionalEmails[containsAny]:["c@b.io","ada@old.io"]', ['Ada', 'Céline']],
    ['people', 'emails.additionalEmails[containsAny]:[nobody@x.io]', []],
    ['people', 'emails.additionalEmails[is]:NULL', ['Bob', 'Eve', 'ada']],
    // uuid
    ['people', `companyId[eq]:${ACME}`, ['Ada', 'Eve']],
    ['people', `companyId[eq]:${ACME.toUpperCase()}`, ['Ada', 'Eve']],
    ['people', `companyId[in]:[${ACME},${uuid(901)}]`, ['Ada', 'Bob', 'Eve']],
    ['people', `companyId[neq]:${ACME}`, ['Bob']],
    ['people', 'companyId[is]:NULL', ['Céline', 'Dan', 'ada']],
    // datetime: equality is to the millisecond, as clients see it
    ['tasks', 'dueAt[eq]:2026-01-10T09:00:00.123Z', ['Write "spec", v2']],
    ['tasks', 'dueAt[eq]:2026-01-10T09:00:00Z', ['Call Ada']],
    [
      'tasks',
      'dueAt[neq]:2026-01-10T09:00:00Z',
      ['No status', 'Ship (finally)', 'Write "spec", v2'],
    ],
    ['tasks', 'dueAt[gt]:2026-01-10T09:00:00Z', ['Ship (finally)', 'Write "spec", v2']],
    ['tasks', 'dueAt[gte]:2026-01-10', ['Call Ada', 'Ship (finally)', 'Write "spec", v2']],
    ['tasks', 'dueAt[lt]:"2026-01-01"', ['No status']],
    ['tasks', 'dueAt[lte]:2026-01-10T10:00:00+01:00', ['Call Ada', 'No status']],
    ['tasks', 'dueAt[is]:NULL', ['No date']],
    [
      'tasks',
      'dueAt[in]:[2026-02-01T00:00:00Z,2025-12-31T23:59:59Z]',
      ['No status', 'Ship (finally)'],
    ],
    // enum
    ['tasks', 'status[eq]:TODO', ['Call Ada', 'No date']],
    ['tasks', 'status[neq]:TODO', ['Ship (finally)', 'Write "spec", v2']],
    ['tasks', 'status[in]:["IN_PROGRESS",DONE]', ['Ship (finally)', 'Write "spec", v2']],
    ['tasks', 'status[is]:NULL', ['No status']],
    ['tasks', 'title[eq]:\'Write "spec", v2\'', ['Write "spec", v2']],
    // numbers, integers, booleans
    ['opportunities', 'amount.amountMicros[gt]:1000000', ['Big']],
    ['opportunities', 'amount.amountMicros[lte]:250000', ['Small']],
    ['opportunities', 'amount.amountMicros[eq]:5e9', ['Big']],
    ['opportunities', 'amount.amountMicros[is]:NULL', ['Unpriced']],
    ['opportunities', 'closeDate[is]:NOT_NULL', ['Big']],
    ['opportunities', 'stage[in]:[NEW,CUSTOMER]', ['Small', 'Unpriced']],
    ['companies', 'employees[gte]:8', ['Acme', 'Globex']],
    ['companies', 'employees[lt]:99999999999', ['Acme', 'Globex']],
    ['companies', 'employees[in]:[8,120]', ['Acme', 'Globex']],
    ['companies', 'idealCustomerProfile[eq]:true', ['Acme']],
    ['companies', 'idealCustomerProfile[eq]:FALSE', ['Globex']],
    ['companies', 'idealCustomerProfile[neq]:true', ['Globex']],
    // grouping
    ['tasks', 'status[eq]:TODO,dueAt[is]:NOT_NULL', ['Call Ada']],
    ['tasks', 'or(status[eq]:DONE,dueAt[is]:NULL)', ['No date', 'Ship (finally)']],
    ['tasks', 'not(status[eq]:TODO)', ['Ship (finally)', 'Write "spec", v2']],
    [
      'tasks',
      'or(status[neq]:TODO,status[is]:NULL)',
      ['No status', 'Ship (finally)', 'Write "spec", v2'],
    ],
    [
      'tasks',
      'or(status[eq]:"TODO",and(status[eq]:IN_PROGRESS,dueAt[lt]:"2026-01-11"))',
      ['Call Ada', 'No date', 'Write "spec", v2'],
    ],
    [
      'tasks',
      'not(or(status[eq]:TODO,not(dueAt[gt]:2026-01-01)))',
      ['Ship (finally)', 'Write "spec", v2'],
    ],
    [
      'tasks',
      'and(title[ilike]:"%_finally_%",or(status[eq]:DONE,status[eq]:TODO))',
      ['Ship (finally)'],
    ],
  ])('%s ? %s', async (object, filter, expected) => {
    expect(await labels(object, filter)).toEqual(expected);
  });

  it('never writes a value into the SQL text', async () => {
    const evil = `x'; DROP TABLE people; --`;
    const where = filterToSql(
      parseFilter(`city[eq]:"${evil}",name.firstName[like]:"%?%"`),
      OBJECTS.people,
    );
    expect(where.sql).not.toContain('DROP');
    expect(where.params).toEqual([evil, '%?%']);
    expect(await labels('people', `city[eq]:"${evil}"`)).toEqual([]);
    expect(await labels('people', 'city[is]:NOT_NULL')).toHaveLength(5);
  });
});

describe('filterToSql refuses bad fields and values with a 400', () => {
  it.each<[ObjectName, string, string[]]>([
    [
      'people',
      'nickname[eq]:x',
      ["unknown field 'nickname' on people", 'Known fields: id, createdAt'],
    ],
    ['people', 'company.name[eq]:x', ["unknown field 'company.name' on people"]],
    ['people', 'name[eq]:Ada', ["'name' is a composite field", 'name.firstName, name.lastName']],
    ['people', 'name.middleName[eq]:x', ["'name.middleName' has no such sub-field"]],
    ['people', 'city.town[eq]:x', ["'city' on people has no sub-fields"]],
    [
      'people',
      'companyId[eq]:acme',
      ["'filter' invalid for 'companyId'", "'acme' is not a valid UUID"],
    ],
    [
      'people',
      'companyId[in]:[00000000-0000-4000-8000-000000000001,nope]',
      ["'nope' is not a valid UUID"],
    ],
    ['tasks', 'dueAt[gt]:tomorrow', ["'tomorrow' is not an ISO 8601 date"]],
    ['tasks', 'dueAt[gt]:2026-02-30', ["'2026-02-30' is not an ISO 8601 date"]],
    ['tasks', 'dueAt[gt]:2026-01-01T25:00:00Z', ['is not an ISO 8601 date']],
    [
      'tasks',
      'status[eq]:OPEN',
      ["'OPEN' is not allowed. Allowed values: TODO, IN_PROGRESS, DONE"],
    ],
    ['tasks', 'status[in]:[TODO,todo]', ["'todo' is not allowed"]],
    ['tasks', 'status[gt]:TODO', ['gt needs an ordered field']],
    ['tasks', 'status[like]:TO%', ["like works on text fields, 'status' is enum"]],
    ['tasks', 'dueAt[startsWith]:2026%', ["startsWith works on text fields, 'dueAt' is datetime"]],
    ['tasks', 'title[containsAny]:[a]', ['containsAny is for array fields']],
    ['opportunities', 'amount.amountMicros[gt]:lots', ["'lots' is not a number"]],
    ['opportunities', 'amount.amountMicros[gt]:1e999', ["'1e999' is not a number"]],
    ['companies', 'employees[eq]:1.5', ["'1.5' is not an integer"]],
    ['companies', 'idealCustomerProfile[eq]:yes', ["'yes' is not a boolean"]],
    ['companies', 'idealCustomerProfile[lt]:true', ['lt needs an ordered field']],
    ['people', 'emails.additionalEmails[eq]:x', ["'emails.additionalEmails' is an array field"]],
    ['people', 'city[like]:abc\\', ['the like pattern ends with the escape character']],
    ['people', 'city[ilike]:"\\\\\\"', ['the ilike pattern ends with the escape character']],
    ['people', 'and(city[eq]:x,or(nope[eq]:1))', ["unknown field 'nope'"]],
  ])('%s ? %s', (object, filter, fragments) => {
    let caught: unknown;
    try {
      filterToSql(parseFilter(filter), OBJECTS[object]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HttpError);
    const err = caught as HttpError;
    expect(err.statusCode).toBe(400);
    for (const fragment of fragments) expect(err.messages.join(' ')).toContain(fragment);
  });
});
