import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { RecordSelectionProvider } from '../use-record-selection';
import { NewTaskForSelection } from './new-task-for-selection';
import { useSelectableColumns } from './selectable-columns';

type Row = { id: string; name: string };
const rows: Row[] = ['Ada', 'Brian', 'Chloé', 'Dmitri', 'Eve'].map((name, i) => ({
  id: `p${i + 1}`,
  name,
}));

/** The table the record lists draw, cut to the parts the checkbox column uses. */
function Table() {
  const columns = useSelectableColumns<Row>([{ header: 'Name', cell: (row) => row.name }]);
  return (
    <table>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header}>{c.headerCell ? c.headerCell(rows) : c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id}>
            {columns.map((c) => (
              <td key={c.header}>{c.cell(row, index, rows)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function renderList() {
  const result = renderWithProviders(
    <RecordSelectionProvider kind="person">
      <NewTaskForSelection />
      <Table />
    </RecordSelectionProvider>,
  );
  const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
  const selectAll = () => screen.getByRole('checkbox', { name: 'Select all people' });
  const checkedNames = () =>
    rows.filter((r) => (box(r.name) as HTMLInputElement).checked).map((r) => r.name);
  return { ...result, box, selectAll, checkedNames };
}

describe('record list selection', () => {
  it('selects every row with the header box, shows it mixed for some, and clears when full', async () => {
    const { user, box, selectAll, checkedNames } = renderList();
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).not.toBePartiallyChecked();

    await user.click(box('Brian'));
    expect(selectAll()).toBePartiallyChecked();
    expect(selectAll()).not.toBeChecked();

    // A mixed box selects the rest.
    await user.click(selectAll());
    expect(checkedNames()).toEqual(rows.map((r) => r.name));
    expect(selectAll()).toBeChecked();
    expect(selectAll()).not.toBePartiallyChecked();
    expect(screen.getByRole('button', { name: /New task for 5 selected/ })).toBeVisible();

    await user.click(selectAll());
    expect(checkedNames()).toEqual([]);
    expect(selectAll()).not.toBeChecked();
    expect(screen.queryByRole('button', { name: /selected/ })).toBeNull();
  });

  it('shift-click selects the range from the last clicked row, downwards and upwards', async () => {
    const { user, box, checkedNames } = renderList();
    await user.click(box('Brian'));
    await user.keyboard('{Shift>}');
    await user.click(box('Dmitri'));
    await user.keyboard('{/Shift}');
    expect(checkedNames()).toEqual(['Brian', 'Chloé', 'Dmitri']);
    expect(screen.getByRole('button', { name: /New task for 3 selected/ })).toBeVisible();

    // Upwards from Dmitri, now the anchor, clearing: the box clicked decides on or off.
    await user.click(box('Eve'));
    await user.keyboard('{Shift>}');
    await user.click(box('Ada'));
    await user.keyboard('{/Shift}');
    expect(checkedNames()).toEqual(['Ada', 'Brian', 'Chloé', 'Dmitri', 'Eve']);

    await user.click(box('Chloé'));
    await user.keyboard('{Shift>}');
    await user.click(box('Ada'));
    await user.keyboard('{/Shift}');
    expect(checkedNames()).toEqual(['Dmitri', 'Eve']);
  });

  it('a plain click toggles one row only, even after a shift-range', async () => {
    const { user, box, checkedNames } = renderList();
    await user.click(box('Ada'));
    await user.keyboard('{Shift>}');
    await user.click(box('Brian'));
    await user.keyboard('{/Shift}');
    await user.click(box('Dmitri'));
    expect(checkedNames()).toEqual(['Ada', 'Brian', 'Dmitri']);
  });

  it('Space toggles a row and Shift+Space extends the range from the keyboard', async () => {
    const { user, box, checkedNames } = renderList();
    box('Eve').focus();
    await user.keyboard(' ');
    expect(checkedNames()).toEqual(['Eve']);

    box('Chloé').focus();
    await user.keyboard('{Shift>} {/Shift}');
    expect(checkedNames()).toEqual(['Chloé', 'Dmitri', 'Eve']);
    expect(screen.getByRole('button', { name: /New task for 3 selected/ })).toBeVisible();

    box('Ada').focus();
    await user.keyboard(' ');
    expect(checkedNames()).toEqual(['Ada', 'Chloé', 'Dmitri', 'Eve']);
  });
});
