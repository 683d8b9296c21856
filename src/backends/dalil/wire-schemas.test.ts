import { describe, expect, it } from 'vitest';
import { ResponseFormatError } from '@/backends/api-error';
import { parseAnswer } from './parse-answer';
import { toCompany, toOpportunity, toPerson, toTask, toTaskTarget } from './to-domain';
import {
  listBody,
  wireCompany,
  wireOpportunity,
  wirePerson,
  wireTask,
  wireTaskTarget,
} from './wire-fixtures';
import {
  listEnvelope,
  singleEnvelope,
  wireCompanySchema,
  wireOpportunitySchema,
  wirePersonSchema,
  wireTaskDetailSchema,
  wireTaskTargetSchema,
} from './wire-schemas';

const tasksList = listEnvelope('tasks', wireTaskDetailSchema);

describe('wire schemas and mapping', () => {
  it('maps a depth-1 task: body markdown, status, due date and its relations', () => {
    const wire = wireTask('t1', {
      title: '  Call Ada ',
      bodyV2: { markdown: '**hi**', blocknote: '[]' },
      dueAt: '2026-03-03T10:00:00.000Z',
      status: 'IN_PROGRESS',
      assigneeId: 'm1',
      taskTargets: [wireTaskTarget('r1', 't1', { personId: 'p1' })],
      assignee: { id: 'm1' },
    });
    const task = toTask(parseAnswer(wireTaskDetailSchema, wire, 'tasks'));
    expect(task).toEqual({
      id: 't1',
      title: 'Call Ada',
      bodyMarkdown: '**hi**',
      status: 'IN_PROGRESS',
      dueAt: '2026-03-03T10:00:00.000Z',
      assigneeId: 'm1',
      // An embedded member without a name is still the assignee, shown by a placeholder.
      assignee: { id: 'm1', name: 'Unnamed member' },
      targets: [
        { id: 'r1', taskId: 't1', target: { kind: 'person', id: 'p1' }, createdAt: wire.createdAt },
      ],
      createdAt: wire.createdAt,
      updatedAt: wire.updatedAt,
    });
  });

  it('leaves targets undefined at depth 0 and fills gaps in an untitled task', () => {
    const task = toTask(
      parseAnswer(
        wireTaskDetailSchema,
        wireTask('t1', { title: null, bodyV2: null, status: null }),
        'tasks',
      ),
    );
    expect(task.targets).toBeUndefined();
    expect(task).toMatchObject({ title: 'Untitled task', bodyMarkdown: null, status: null });
  });

  it.each([
    ['personId', { personId: 'x' }, { kind: 'person', id: 'x' }],
    ['targetPersonId', { targetPersonId: 'x' }, { kind: 'person', id: 'x' }],
    ['companyId', { companyId: 'x' }, { kind: 'company', id: 'x' }],
    ['targetCompanyId', { targetCompanyId: 'x' }, { kind: 'company', id: 'x' }],
    ['opportunityId', { opportunityId: 'x' }, { kind: 'opportunity', id: 'x' }],
    ['targetOpportunityId', { targetOpportunityId: 'x' }, { kind: 'opportunity', id: 'x' }],
    ['no known target (a custom object)', { customObjectId: 'x' }, null],
  ])('reads a relation spelled with %s', (_name, over, target) => {
    const wire = parseAnswer(wireTaskTargetSchema, wireTaskTarget('r1', 't1', over), 'taskTargets');
    expect(toTaskTarget(wire)?.target).toEqual(target);
  });

  it('takes a list without hasPreviousPage, without totalCount, with unknown fields', () => {
    const body = {
      data: { tasks: [{ ...wireTask('t1'), someCustomField: { deep: [1, 2] } }] },
      pageInfo: { hasNextPage: true, endCursor: 'c1' },
      extra: 'ignored',
    };
    const parsed = parseAnswer(tasksList, body, 'tasks');
    expect(parsed.totalCount).toBeUndefined();
    expect(parsed.pageInfo?.endCursor).toBe('c1');
  });

  it('takes null composites and fills display names that are never empty', () => {
    const person = toPerson(
      parseAnswer(
        wirePersonSchema,
        wirePerson('p1', { name: null, emails: null, phones: null }),
        'people',
      ),
    );
    expect(person).toMatchObject({
      name: 'Unnamed person',
      firstName: '',
      lastName: '',
      email: null,
      phone: null,
    });
    const onlyLast = toPerson(
      parseAnswer(
        wirePersonSchema,
        wirePerson('p2', { name: { firstName: '', lastName: 'Curie' } }),
        'people',
      ),
    );
    expect(onlyLast.name).toBe('Curie');
    const company = toCompany(
      parseAnswer(
        wireCompanySchema,
        wireCompany('c1', { name: '', domainName: null, address: null }),
        'companies',
      ),
    );
    expect(company).toMatchObject({ name: 'Unnamed company', domain: null, address: null });
  });

  it('keeps amounts in micros as numbers, from numbers or numeric strings', () => {
    const a = toOpportunity(
      parseAnswer(wireOpportunitySchema, wireOpportunity('o1'), 'opportunities'),
    );
    expect(a.amount).toEqual({ amountMicros: 1_500_000_000, currencyCode: 'EUR' });
    const b = toOpportunity(
      parseAnswer(
        wireOpportunitySchema,
        wireOpportunity('o2', { amount: { amountMicros: '2500000', currencyCode: 'USD' } }),
        'opportunities',
      ),
    );
    expect(b.amount).toEqual({ amountMicros: 2_500_000, currencyCode: 'USD' });
    const none = toOpportunity(
      parseAnswer(wireOpportunitySchema, wireOpportunity('o3', { amount: null }), 'opportunities'),
    );
    expect(none.amount).toBeNull();
  });

  it('names the object and the field of a malformed answer', () => {
    const body = listBody('tasks', [
      wireTask('t0'),
      wireTask('t1'),
      wireTask('t2'),
      wireTask('t3', { status: 'OPEN' }),
    ]);
    const error = (() => {
      try {
        parseAnswer(tasksList, body, 'tasks');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toMatch(
      /^The server's answer for tasks had an unexpected format: data\.tasks\[3\]\.status: expected one of TODO, IN_PROGRESS, DONE$/,
    );
  });

  it('names a missing envelope key and a wrong type', () => {
    expect(() => parseAnswer(tasksList, { data: { task: [] } }, 'tasks')).toThrow(/data\.tasks: /);
    expect(() =>
      parseAnswer(
        singleEnvelope('createTask', wireTaskDetailSchema),
        { data: { createTask: { ...wireTask('t1'), dueAt: 5 } } },
        'tasks',
      ),
    ).toThrow(/data\.createTask\.dueAt: expected string/);
    expect(() => parseAnswer(tasksList, null, 'tasks')).toThrow(
      /\(the whole answer\): expected object/,
    );
  });
});
