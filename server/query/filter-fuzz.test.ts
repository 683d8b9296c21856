import fc from 'fast-check';
import { type Db } from '../db.ts';
import { openTestDatabase } from '../../test/test-database.ts';
import { HttpError } from '../errors.ts';
import { COMPOSITE_SUBFIELDS, OBJECTS, type ObjectName } from '../metadata.ts';
import { createSchema } from '../schema.ts';
import { ident, toStatement } from '../sql.ts';
import { filterToSql } from './filter-sql.ts';
import { COMPARATORS, parseFilter } from './filter.ts';

// Whatever a client sends as `filter`, the outcome is a 400 with a short message or SQL that the
// database runs: never another exception, never a database error (which would be a 500).

let db: Db;
beforeAll(async () => {
  db = await openTestDatabase();
  await createSchema(db);
  await db.query(`INSERT INTO "tasks" ("title", "status") VALUES ('a', 'TODO'), (NULL, NULL)`);
});
afterAll(() => db.close());

const OBJECT_NAMES: ObjectName[] = ['tasks', 'people', 'companies', 'opportunities'];

function fieldPaths(object: ObjectName): string[] {
  return OBJECTS[object].fields.flatMap((f) =>
    f.kind === 'scalar' ? [f.name] : COMPOSITE_SUBFIELDS[f.type].map((s) => `${f.name}.${s.name}`),
  );
}

async function outcome(object: ObjectName, input: string): Promise<void> {
  let sql;
  try {
    sql = filterToSql(parseFilter(input), OBJECTS[object]);
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    expect(e.statusCode).toBe(400);
    expect(e.messages.join('').length).toBeLessThan(600);
    return;
  }
  const { text, params } = toStatement({
    sql: `SELECT count(*) FROM ${ident(OBJECTS[object].table)} WHERE ${sql.sql}`,
    params: sql.params,
  });
  await db.query(text, params);
}

const VALUES = [
  'TODO',
  'DONE',
  'NULL',
  'NOT_NULL',
  'true',
  'FALSE',
  '42',
  '-1.5e3',
  '1e999',
  '2026-01-31',
  '2026-01-31T09:00:00Z',
  '2026-13-01',
  '00000000-0000-4000-8000-000000000001',
  'x',
  '%_\\',
  'é日本',
  '"a, (b)"',
  "'c]d'",
  '""',
  '[a,b]',
  '["TODO",\'DONE\']',
  '[]',
  '',
];

function filterArbitrary(object: ObjectName) {
  const paths = [...fieldPaths(object), 'nope', 'name', 'a.b.c'];
  const atom = fc
    .tuple(
      fc.constantFrom(...paths),
      fc.constantFrom(...COMPARATORS, 'foo'),
      fc.constantFrom(...VALUES),
    )
    .map(([f, c, v]) => `${f}[${c}]:${v}`);
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc
        .tuple(
          fc.constantFrom('and', 'or', 'not'),
          fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        )
        .map(([k, children]) => `${k}(${children.join(',')})`),
    ),
  }));
  return fc.array(node, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(','));
}

describe('filter robustness', () => {
  // One field of every type, on the two objects that hold them all between them.
  const TYPED: [ObjectName, string][] = [
    ['tasks', 'assigneeId'],
    ['tasks', 'title'],
    ['tasks', 'dueAt'],
    ['tasks', 'position'],
    ['tasks', 'status'],
    ['tasks', 'createdBy.source'],
    ['companies', 'employees'],
    ['companies', 'idealCustomerProfile'],
    ['people', 'emails.additionalEmails'],
  ];
  it.each(TYPED)('%s.%s: every comparator with every tricky value', async (object, field) => {
    for (const comparator of COMPARATORS) {
      for (const value of VALUES) await outcome(object, `${field}[${comparator}]:${value}`);
    }
  });

  it.each(OBJECT_NAMES)(
    'grammar-shaped filters on %s give a 400 or SQL that runs',
    async (object) => {
      await fc.assert(
        fc.asyncProperty(filterArbitrary(object), (input) => outcome(object, input)),
        { numRuns: 100 },
      );
    },
  );

  it('token soup and random text give a 400 or SQL that runs', async () => {
    const token = fc.constantFrom(
      ...['title', 'status', 'dueAt', 'name.firstName', 'and', 'or', 'not', '(', ')', '[', ']'],
      ...[':', ',', '"', "'", ' ', '.', 'eq', 'in', 'is', 'NULL', 'TODO', '2026-01-01', '%', '\\'],
    );
    const soup = fc.oneof(
      fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(soup, (input) => outcome('tasks', input)),
      { numRuns: 400 },
    );
  });
});
