import { signIn, type SignInResult } from './session-api';

// The `#key` of `npm start`'s link, traded for a session as soon as the page starts (before the
// first render), so the first data requests already carry the cookie. The app waits on it once:
// the session gate before the first page, the board's first pages (start-board-data.ts), and the
// offline queue before it sends what an earlier visit left (the hand-over replaces the session
// the old cookie names, so those would be refused).

let pending: Promise<SignInResult> | null = null;

export function startHandOver(key: string): void {
  pending = signIn(key);
}

/** The hand-over in progress, if the page was opened with `#key`; null when there is none. */
export const handOverInProgress = (): Promise<SignInResult> | null => pending;

/** Called once the app has its answer, so a later mount does not wait for it again. */
export function finishHandOver(done: Promise<SignInResult>): void {
  if (pending === done) pending = null;
}
