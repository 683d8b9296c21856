import { HttpError } from '../errors.ts';
import { OBJECTS } from '../metadata.ts';
import { orderBySql, parseOrderBy, reverseOrder } from './order-by.ts';

const tasks = OBJECTS.tasks;
const id = {
  field: 'id',
  column: 'id',
  type: 'uuid',
  direction: 'AscNullsFirst',
  nullable: false,
} as const;

describe('parseOrderBy', () => {
  it.each([
    [undefined, [id]],
    ['', [id]],
    ['  ', [id]],
    [
      'dueAt',
      [
        {
          field: 'dueAt',
          column: 'dueAt',
          type: 'datetime',
          direction: 'AscNullsFirst',
          nullable: true,
        },
        id,
      ],
    ],
    [
      'dueAt[DescNullsLast], title[AscNullsLast]',
      [
        {
          field: 'dueAt',
          column: 'dueAt',
          type: 'datetime',
          direction: 'DescNullsLast',
          nullable: true,
        },
        {
          field: 'title',
          column: 'title',
          type: 'text',
          direction: 'AscNullsLast',
          nullable: true,
        },
        id,
      ],
    ],
    [
      'bodyV2.markdown[DescNullsFirst]',
      [
        {
          field: 'bodyV2.markdown',
          column: 'bodyV2Markdown',
          type: 'text',
          direction: 'DescNullsFirst',
          nullable: true,
          composite: {
            field: 'bodyV2',
            parts: [
              { sub: 'blocknote', column: 'bodyV2Blocknote' },
              { sub: 'markdown', column: 'bodyV2Markdown' },
            ],
          },
        },
        id,
      ],
    ],
    [
      'status,id[DescNullsLast]',
      [
        {
          field: 'status',
          column: 'status',
          type: 'enum',
          direction: 'AscNullsFirst',
          nullable: true,
          enumValues: ['TODO', 'IN_PROGRESS', 'DONE'],
        },
        { ...id, direction: 'DescNullsLast' },
      ],
    ],
  ])('%s', (input, expected) => {
    expect(parseOrderBy(input, tasks)).toEqual(expected);
  });

  it('reads composite sub-fields of other objects', () => {
    expect(parseOrderBy('name.firstName[AscNullsLast]', OBJECTS.people)[0]).toMatchObject({
      column: 'nameFirstName',
      type: 'text',
    });
  });

  it.each([
    [
      'dueAt[Up]',
      [
        "unknown direction 'Up' for 'dueAt'",
        'Allowed: AscNullsFirst, AscNullsLast, DescNullsFirst, DescNullsLast',
      ],
    ],
    ['dueAt[ascnullsfirst]', ["unknown direction 'ascnullsfirst'"]],
    ['nope', ["unknown field 'nope' on tasks"]],
    ['assignee.name', ["unknown field 'assignee.name' on tasks"]],
    ['bodyV2[AscNullsFirst]', ["'bodyV2' is a composite field", 'bodyV2.markdown']],
    ['dueAt,,title', ['empty item']],
    ['dueAt,', ['empty item']],
    ['dueAt[AscNullsFirst', ["'dueAt[AscNullsFirst' is not field[Direction]"]],
    ['due At', ["'due At' is not field[Direction]"]],
    ['dueAt,dueAt[DescNullsLast]', ["'dueAt' is listed twice"]],
  ])('refuses %s', (input, fragments) => {
    let caught: unknown;
    try {
      parseOrderBy(input, tasks);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HttpError);
    expect((caught as HttpError).statusCode).toBe(400);
    const message = (caught as HttpError).messages.join(' ');
    expect(message.startsWith("'order_by' invalid")).toBe(true);
    for (const f of fragments) expect(message).toContain(f);
  });

  it('refuses sorting by an array field', () => {
    expect(() => parseOrderBy('emails.additionalEmails', OBJECTS.people)).toThrow(/array field/);
  });
});

describe('orderBySql and reverseOrder', () => {
  const order = parseOrderBy('dueAt[AscNullsLast],title[DescNullsFirst]', tasks);
  it('writes ORDER BY items with explicit NULLS placement', () => {
    expect(orderBySql(order)).toBe(
      '"dueAt" ASC NULLS LAST, "title" DESC NULLS FIRST, "id" ASC NULLS FIRST',
    );
  });
  it('reverses every item exactly', () => {
    expect(orderBySql(reverseOrder(order))).toBe(
      '"dueAt" DESC NULLS FIRST, "title" ASC NULLS LAST, "id" DESC NULLS LAST',
    );
    expect(reverseOrder(reverseOrder(order))).toEqual(order);
  });
});
