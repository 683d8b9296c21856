/** The app's keyboard shortcuts, as the help dialog lists them. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['n'], action: 'New task (on the board)' },
  { keys: ['/'], action: 'Search this page’s list' },
  { keys: ['Esc'], action: 'Close a panel or dialog (in a field being edited, leave it first)' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Enter'], action: 'In a task’s title: save it' },
  { keys: ['Ctrl', 'Enter'], action: 'In a task’s description: save it' },
];
