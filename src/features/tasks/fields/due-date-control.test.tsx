import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DueDateControl, type DueChangeSource } from './due-date-control';
import { isPastDue, type DueValue } from './due-value';

// A Wednesday afternoon: Tomorrow is Thursday the 5th, In 3 days Saturday the 7th, Next week
// Monday the 9th.
const NOW = new Date(2026, 2, 4, 15, 0);

function Harness({ initial = { date: '', time: '' } }: { initial?: DueValue }) {
  const [value, setValue] = useState(initial);
  const [sources, setSources] = useState<DueChangeSource[]>([]);
  return (
    <>
      <span id="due-label">Due</span>
      <DueDateControl
        id="due"
        labelledBy="due-label"
        value={value}
        now={NOW}
        weekStart={1}
        onChange={(next, source) => {
          setValue(next);
          setSources((current) => [...current, source]);
        }}
      />
      <button type="button">After</button>
      <output data-testid="value">{`${value.date}|${value.time}`}</output>
      <output data-testid="sources">{sources.join(',')}</output>
    </>
  );
}

const setup = (initial?: DueValue) => {
  const user = userEvent.setup();
  render(<Harness initial={initial} />);
  return user;
};
const value = () => screen.getByTestId('value').textContent;
const picks = () => screen.getByRole('group', { name: 'Quick picks' });

describe('DueDateControl', () => {
  it('sets the day from a quick pick, keeps a chosen time, and marks the pick pressed', async () => {
    const user = setup({ date: '', time: '09:30' });
    await user.click(within(picks()).getByRole('button', { name: 'In 3 days' }));
    expect(value()).toBe('2026-03-07|09:30');
    expect(screen.getByTestId('sources')).toHaveTextContent('pick');
    expect(within(picks()).getByRole('button', { name: 'In 3 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(picks()).getByRole('button', { name: 'Today' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    // What was chosen reads in the app's one format, and describes the date input.
    expect(screen.getByLabelText('Due date')).toHaveAccessibleDescription('In 3 days 9:30 AM');

    await user.click(within(picks()).getByRole('button', { name: 'Next week' }));
    expect(value()).toBe('2026-03-09|09:30');
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-03-09');
  });

  it('clears the date and the time together, and offers Clear only when there is something', async () => {
    const user = setup({ date: '2026-03-05', time: '10:00' });
    expect(screen.getByRole('group', { name: 'Due' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear due date' }));
    expect(value()).toBe('|');
    expect(screen.getByLabelText('Due date')).toHaveValue('');
    expect(screen.getByLabelText('Due time (optional)')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Clear due date' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Due date')).not.toHaveAccessibleDescription();
  });

  it('says when the chosen date is in the past, and still takes it', async () => {
    const user = setup();
    const date = screen.getByLabelText('Due date');
    await user.type(date, '2026-03-02');
    expect(value()).toBe('2026-03-02|');
    expect(screen.getByText('This date is in the past')).toBeInTheDocument();
    expect(date).toHaveAccessibleDescription('Mar 2 · This date is in the past');

    // Today is not in the past, whatever the hour; a time earlier today is.
    await user.click(within(picks()).getByRole('button', { name: 'Today' }));
    expect(screen.queryByText('This date is in the past')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Due time (optional)'), '09:00');
    expect(screen.getByText('This date is in the past')).toBeInTheDocument();
  });

  it('works from the keyboard: Tab through the inputs, Clear, the words and the picks; Space or Enter picks', async () => {
    const user = setup({ date: '2026-03-06', time: '' });
    await user.click(screen.getByLabelText('Due date'));
    await user.tab();
    expect(screen.getByLabelText('Due time (optional)')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Clear due date' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'In words' })).toHaveFocus();
    await user.tab();
    expect(within(picks()).getByRole('button', { name: 'Today' })).toHaveFocus();
    await user.tab();
    await user.keyboard(' ');
    expect(value()).toBe('2026-03-05|');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(value()).toBe('2026-03-07|');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('reads a date in words, shows what it understood, and sets it on Enter', async () => {
    const user = setup({ date: '', time: '' });
    const words = screen.getByRole('textbox', { name: 'In words' });
    await user.type(words, 'tomorrow 3pm');
    // The reader's code comes in on demand: the note says what it read once it is there.
    expect(await screen.findByText('Tomorrow 3:00 PM')).toBeVisible();
    expect(words).toHaveAccessibleDescription(/Understood as Tomorrow 3:00 PM/);
    // Nothing is set before the user confirms.
    expect(value()).toBe('|');
    await user.keyboard('{Enter}');
    expect(value()).toBe('2026-03-05|15:00');
    expect(screen.getByTestId('sources')).toHaveTextContent('pick');
    expect(words).toHaveValue('');
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-03-05');
    expect(screen.getByLabelText('Due time (optional)')).toHaveValue('15:00');
  });

  it('applies a date in words with the Apply button too, a day without a time', async () => {
    const user = setup({ date: '2026-03-20', time: '10:00' });
    await user.type(screen.getByRole('textbox', { name: 'In words' }), 'in 3 days');
    await user.click(await screen.findByRole('button', { name: 'Apply' }));
    expect(value()).toBe('2026-03-07|');
  });

  it('says when it cannot read the words, and keeps them and the date as they were', async () => {
    const user = setup({ date: '2026-03-06', time: '' });
    const words = screen.getByRole('textbox', { name: 'In words' });
    await user.type(words, 'someday soon');
    expect(await screen.findByText(/Could not read “someday soon” as a date/)).toBeVisible();
    expect(words).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Enter}');
    expect(words).toHaveValue('someday soon');
    expect(value()).toBe('2026-03-06|');
    expect(screen.queryByRole('button', { name: 'Apply' })).not.toBeInTheDocument();
  });

  it('keeps the time closed until there is a date, where asked to', () => {
    render(
      <DueDateControl
        id="due"
        value={{ date: '', time: '' }}
        timeNeedsDate
        now={NOW}
        weekStart={1}
        onChange={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Due time (optional)')).toBeDisabled();
  });
});

describe('isPastDue', () => {
  it.each([
    [{ date: '2026-03-03', time: '' }, true],
    [{ date: '2026-03-04', time: '' }, false],
    [{ date: '2026-03-04', time: '14:59' }, true],
    [{ date: '2026-03-04', time: '15:01' }, false],
    [{ date: '0202-03-04', time: '' }, false],
    [{ date: '', time: '' }, false],
  ])('%o: %s', (due, past) => {
    expect(isPastDue(due, NOW)).toBe(past);
  });
});
