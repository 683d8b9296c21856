import { describe, expect, it } from 'vitest';
import { emptyTaskForm, parseTaskForm, type TaskFormValues } from './task-form';

const form = (over: Partial<TaskFormValues>): TaskFormValues => ({
  ...emptyTaskForm,
  title: 'Call Ada',
  ...over,
});

describe('parseTaskForm', () => {
  it.each([
    ['an empty title', { title: '' }, { title: 'Enter a title for the task.' }],
    ['a blank title', { title: '   ' }, { title: 'Enter a title for the task.' }],
    [
      'a title too long',
      { title: 'x'.repeat(501) },
      { title: 'Keep the title under 500 characters.' },
    ],
    ['a time without a date', { dueTime: '09:30' }, { dueDate: 'Pick a date for this time.' }],
    ['a date that does not exist', { dueDate: '2026-02-31' }, { dueDate: 'Enter a valid date.' }],
    [
      'a malformed time',
      { dueDate: '2026-03-02', dueTime: '9h' },
      { dueTime: 'Enter a valid time.' },
    ],
  ])('refuses %s', (_name, over, errors) => {
    expect(parseTaskForm(form(over))).toEqual({ ok: false, errors });
  });

  it('sends a trimmed title, no body for a blank description, and null for no assignee', () => {
    const result = parseTaskForm(form({ title: '  Call Ada  ', description: '  \n' }));
    expect(result).toEqual({
      ok: true,
      input: {
        title: 'Call Ada',
        bodyMarkdown: null,
        status: 'TODO',
        dueAt: null,
        assigneeId: null,
      },
    });
  });

  it('reads the due date and time in the local time zone; no time is local midnight', () => {
    const withTime = parseTaskForm(form({ dueDate: '2026-03-02', dueTime: '09:30' }));
    const dateOnly = parseTaskForm(form({ dueDate: '2026-03-02' }));
    expect(withTime.ok && withTime.input.dueAt).toBe(new Date(2026, 2, 2, 9, 30).toISOString());
    expect(dateOnly.ok && dateOnly.input.dueAt).toBe(new Date(2026, 2, 2).toISOString());
  });
});
