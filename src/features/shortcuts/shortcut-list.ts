/** The app's keyboard shortcuts, as the help dialog lists them, in groups. */
export const SHORTCUT_GROUPS: readonly {
  title: string;
  shortcuts: readonly { keys: readonly string[]; action: string; then?: true }[];
}[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      {
        keys: ['Ctrl', 'K'],
        action:
          'Command palette: jump to a task or record by name, act on the focused task (⌘ K on a Mac)',
      },
      { keys: ['n'], action: 'New task (on a record’s page, linked to that record)' },
      { keys: ['c'], action: 'New task, as n' },
      { keys: ['/'], action: 'Search this page’s list' },
      { keys: ['g', 't'], action: 'Go to tasks', then: true },
      { keys: ['g', 'p'], action: 'Go to people', then: true },
      { keys: ['g', 'c'], action: 'Go to companies', then: true },
      { keys: ['g', 'o'], action: 'Go to opportunities', then: true },
      { keys: ['?'], action: 'Show these shortcuts' },
      {
        keys: ['Esc'],
        action: 'Close a panel or dialog (in a field being edited, leave it first)',
      },
    ],
  },
  {
    title: 'On the board',
    shortcuts: [
      { keys: ['j'], action: 'Next card in the column (or ↓)' },
      { keys: ['k'], action: 'Previous card in the column (or ↑)' },
      { keys: ['h'], action: 'Column to the left (or ←)' },
      { keys: ['l'], action: 'Column to the right (or →)' },
      { keys: ['Enter'], action: 'Open the focused card' },
      { keys: ['s'], action: 'Change the focused card’s status' },
      { keys: ['a'], action: 'Assign the focused card' },
      { keys: ['d'], action: 'Set the focused card’s due date' },
    ],
  },
  {
    title: 'In the list',
    shortcuts: [
      { keys: ['j'], action: 'Next task (or ↓)' },
      { keys: ['k'], action: 'Previous task (or ↑)' },
      { keys: ['s'], action: 'Change the focused task’s status' },
      { keys: ['a'], action: 'Assign the focused task' },
      { keys: ['d'], action: 'Set the focused task’s due date' },
    ],
  },
  {
    title: 'Work through (one task at a time)',
    shortcuts: [
      { keys: ['d'], action: 'Mark the task done' },
      { keys: ['s'], action: 'Snooze it to tomorrow' },
      { keys: ['n'], action: 'Skip to the next task (or →)' },
      { keys: ['o'], action: 'Open its linked record' },
      { keys: ['Esc'], action: 'Back to the board' },
    ],
  },
  {
    title: 'Selecting tasks (board and record pages)',
    shortcuts: [
      { keys: ['x'], action: 'Select or unselect the focused card or task' },
      { keys: ['Shift', 'x'], action: 'Select everything from the last one selected to here' },
      { keys: ['Esc'], action: 'Clear the selection' },
    ],
  },
  {
    title: 'In forms',
    shortcuts: [
      { keys: ['Ctrl', 'Enter'], action: 'Create the task, or save the field (⌘ Enter on a Mac)' },
      { keys: ['Enter'], action: 'In a task’s title: save it' },
    ],
  },
];
