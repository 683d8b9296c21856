/** The keys that run a toast's Undo (use-undo-shortcut.ts), as aria-keyshortcuts names them. */
export const UNDO_KEYS = 'Control+Z Meta+Z';
