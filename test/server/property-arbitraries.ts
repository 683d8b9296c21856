import fc from 'fast-check';
import { OBJECTS } from '../../server/metadata.ts';
import { COMPARATORS as SERVER_COMPARATORS } from '../../server/query/filter.ts';

// Generators of hostile, malformed and sometimes valid requests. Plausible requests are mixed in
// on purpose: they create, move and delete relations, so the database check afterwards means
// something.

export type Ids = Record<
  'tasks' | 'people' | 'companies' | 'opportunities' | 'taskTargets',
  string[]
>;
export type Request = { method: string; path: string; body?: string };

const OBJECT_NAMES = Object.keys(OBJECTS);
const FIELDS = [
  'id',
  'title',
  'status',
  'dueAt',
  'assigneeId',
  'createdAt',
  'position',
  'bodyV2.markdown',
  'name',
  'name.firstName',
  'emails.primaryEmail',
  'amount.amountMicros',
  'stage',
  'employees',
  'taskId',
  'personId',
  'companyId',
  'idealCustomerProfile',
  'nope',
  'title.sub',
  '',
];
// The server's comparators plus a few it must refuse (Dalil's documented `not_in`, an empty one).
const COMPARATORS = [...SERVER_COMPARATORS, 'not_in', ''];
const DIRECTIONS = ['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast', 'Desc', ''];
const NASTY = [
  "'; DROP TABLE tasks; --",
  '%',
  '\\',
  '"',
  "'",
  '(',
  ')',
  ',',
  ':',
  '[',
  ']',
  '\u0000',
  '😀',
  'NULL',
  'NOT_NULL',
];

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...NASTY));
const value = fc.oneof(
  text,
  text.map((s) => `"${s}"`),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.array(text, { maxLength: 3 }).map((a) => `[${a.join(',')}]`),
  fc.uuid(),
);
const atom = fc
  .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...COMPARATORS), value)
  .map(([f, c, v]) => `${f}[${c}]:${v}`);
const { filter } = fc.letrec((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc
      .tuple(
        fc.constantFrom('and', 'or', 'not', 'xor', ''),
        fc.array(tie('filter'), { maxLength: 3 }),
      )
      .map(([op, parts]) => `${op}(${parts.join(',')})`),
    fc.array(atom, { minLength: 2, maxLength: 3 }).map((a) => a.join(',')),
  ),
}));
const malformedFilter = fc
  .tuple(filter, fc.nat())
  .map(([f, cut]) => f.slice(0, cut % (f.length + 1)));
const orderBy = fc
  .array(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...DIRECTIONS)), { maxLength: 3 })
  .map((items) => items.map(([f, d]) => (d ? `${f}[${d}]` : f)).join(','));
const cursor = (ids: Ids) =>
  fc.oneof(
    fc.constantFrom(...ids.tasks.slice(0, 5)),
    fc.base64String({ maxLength: 40 }),
    fc
      .jsonValue({ maxDepth: 2 })
      .map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64')),
    fc
      .record({
        id: fc.oneof(fc.uuid(), text),
        dueAt: fc.oneof(value, fc.constant(null)),
        title: value,
      })
      .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
    text,
  );

const query = (ids: Ids) =>
  fc
    .record(
      {
        filter: fc.oneof(filter, malformedFilter, text),
        order_by: fc.oneof(orderBy, text),
        limit: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), text),
        depth: fc.oneof(fc.constantFrom('0', '1', '2', '-1', '1.5'), text),
        starting_after: cursor(ids),
        ending_before: cursor(ids),
      },
      { requiredKeys: [] },
    )
    .map((q) => new URLSearchParams(q as Record<string, string>).toString());
const rawQuery = fc.constantFrom(
  'filter=%',
  'limit=%ZZ',
  'order_by=%E0%A4%A',
  'depth',
  'filter=title[eq]:%2',
  '&&=',
);

const existing = (ids: Ids, object: keyof Ids) =>
  ids[object].length > 0 ? fc.constantFrom(...ids[object]) : fc.uuid();
const maybeId = (ids: Ids, object: keyof Ids) =>
  fc.oneof(existing(ids, object), fc.uuid(), fc.constant(null), text, fc.integer());

/** Bodies that look like task relations: zero, one or several targets, real or made-up ids. */
const relationBody = (ids: Ids) =>
  fc.record(
    {
      id: fc.oneof(fc.uuid(), existing(ids, 'taskTargets')),
      taskId: maybeId(ids, 'tasks'),
      personId: maybeId(ids, 'people'),
      companyId: maybeId(ids, 'companies'),
      opportunityId: maybeId(ids, 'opportunities'),
    },
    { requiredKeys: [] },
  );
/** A relation the server should accept: a real task and exactly one real target. */
const validRelation = (ids: Ids) =>
  fc
    .tuple(
      fc.uuid(),
      existing(ids, 'tasks'),
      fc.constantFrom('people', 'companies', 'opportunities'),
    )
    .chain(([id, taskId, kind]) =>
      existing(ids, kind as keyof Ids).map((targetId) => ({
        id,
        taskId,
        [{ people: 'personId', companies: 'companyId', opportunities: 'opportunityId' }[kind] ??
        'personId']: targetId,
      })),
    );
const fieldName = fc.oneof(
  fc.constantFrom(...FIELDS.map((f) => f.split('.')[0] ?? f)),
  fc.string({ maxLength: 10 }),
);
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(1000, 100_000).map((n) => 'é'.repeat(n)),
  fc.record(
    {
      markdown: fc.oneof(text, fc.integer()),
      firstName: text,
      amountMicros: fc.oneof(fc.integer(), text),
    },
    { requiredKeys: [] },
  ),
);
/** `levels` of nesting, as arrays or objects: a few KB that overflowed recursive walks. */
const nestedJson = (levels: number, objects: boolean) =>
  objects
    ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}${']'.repeat(levels)}`;
const deepBody = fc
  .tuple(
    fc.integer({ min: 20, max: 5000 }),
    fc.boolean(),
    fc.constantFrom('emails.additionalEmails', 'linkedinLink.secondaryLinks', 'blocknote', 'top'),
  )
  .map(([levels, objects, where]) => {
    const deep = nestedJson(levels, objects);
    if (where === 'top') return deep;
    if (where === 'blocknote') {
      const block = `${'{"type":"paragraph","children":['.repeat(levels)}${']}'.repeat(levels)}`;
      return JSON.stringify({ title: 'deep', bodyV2: { blocknote: `[${block}]` } });
    }
    const [field, sub] = where.split('.');
    return `{"${field}":{"${sub}":${deep}}}`;
  });
/** Around the 1 MB limit: accepted below it, 413 above, always answered before the next. */
const largeBody = fc
  .integer({ min: 200_000, max: 1_500_000 })
  .map((size) => JSON.stringify({ title: 'x'.repeat(size) }));

const body = (ids: Ids) =>
  fc.oneof(
    { weight: 1, arbitrary: deepBody },
    { weight: 1, arbitrary: largeBody },
    { weight: 3, arbitrary: relationBody(ids).map((b) => JSON.stringify(b)) },
    {
      weight: 3,
      arbitrary: fc.dictionary(fieldName, fieldValue, { maxKeys: 5 }).map((b) => JSON.stringify(b)),
    },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 2,
      arbitrary: fc.array(relationBody(ids), { maxLength: 4 }).map((b) => JSON.stringify(b)),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom('', '{', '[]', '{"title":', 'null', '"x"') },
  );

const idSegment = (ids: Ids, object: string) =>
  fc.oneof(
    object in ids ? existing(ids, object as keyof Ids) : fc.uuid(),
    fc.uuid(),
    text.map(encodeURIComponent),
    fc.constantFrom('..', '%2F', 'batch', '00000000-0000-0000-0000-000000000000'),
  );

/** Requests that change relations and the records they point at. */
function relationChange(ids: Ids): fc.Arbitrary<Request> {
  const target = fc.constantFrom<keyof Ids>(
    'tasks',
    'people',
    'companies',
    'opportunities',
    'taskTargets',
  );
  return fc.oneof(
    validRelation(ids).map((b) => ({
      method: 'POST',
      path: '/rest/taskTargets',
      body: JSON.stringify(b),
    })),
    fc.array(validRelation(ids), { minLength: 1, maxLength: 3 }).map((b) => ({
      method: 'POST',
      path: '/rest/batch/taskTargets',
      body: JSON.stringify(b),
    })),
    relationBody(ids).map((b) => ({
      method: 'POST',
      path: '/rest/taskTargets',
      body: JSON.stringify(b),
    })),
    fc.array(relationBody(ids), { minLength: 1, maxLength: 3 }).map((b) => ({
      method: 'POST',
      path: '/rest/batch/taskTargets',
      body: JSON.stringify(b),
    })),
    fc
      .tuple(existing(ids, 'taskTargets'), fc.oneof(relationBody(ids), validRelation(ids)))
      .map(([id, b]) => ({
        method: 'PATCH',
        path: `/rest/taskTargets/${id}`,
        body: JSON.stringify(b),
      })),
    target.chain((t) =>
      existing(ids, t).map((id) => ({ method: 'DELETE', path: `/rest/${t}/${id}` })),
    ),
  );
}

export function requestArb(ids: Ids): fc.Arbitrary<Request> {
  return fc.oneof(
    { weight: 3, arbitrary: anyRequest(ids) },
    { weight: 1, arbitrary: relationChange(ids) },
  );
}

function anyRequest(ids: Ids): fc.Arbitrary<Request> {
  const object = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...OBJECT_NAMES) },
    { weight: 1, arbitrary: fc.constantFrom('task', 'Tasks', 'batch', 'unknown', '%00', '') },
  );
  return object.chain((obj) =>
    fc.oneof(
      fc
        .tuple(fc.oneof(query(ids), rawQuery))
        .map(([q]) => ({ method: 'GET', path: `/rest/${obj}?${q}` })),
      fc
        .tuple(idSegment(ids, obj), query(ids))
        .map(([id, q]) => ({ method: 'GET', path: `/rest/${obj}/${id}?${q}` })),
      fc
        .tuple(body(ids), query(ids))
        .map(([b, q]) => ({ method: 'POST', path: `/rest/${obj}?${q}`, body: b })),
      body(ids).map((b) => ({ method: 'POST', path: `/rest/batch/${obj}`, body: b })),
      fc
        .tuple(idSegment(ids, obj), body(ids))
        .map(([id, b]) => ({ method: 'PATCH', path: `/rest/${obj}/${id}`, body: b })),
      idSegment(ids, obj).map((id) => ({ method: 'DELETE', path: `/rest/${obj}/${id}` })),
      fc
        .constantFrom('PUT', 'OPTIONS', 'PATCH', 'DELETE')
        .map((method) => ({ method, path: `/rest/${obj}` })),
    ),
  );
}
