import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacingState, type PacingTracker } from '@/backends/pacing-state';
import { ServerWaitNotice } from './server-wait-notice';

let pacing: PacingTracker | undefined;
vi.mock('@/backends/backend-context', () => ({ useBackend: () => ({ pacing }) }));

beforeEach(() => {
  vi.useFakeTimers();
  pacing = createPacingState();
});
afterEach(() => vi.useRealTimers());

describe('ServerWaitNotice', () => {
  it('says nothing for a short wait, then a quiet note that goes away when requests flow', () => {
    render(<ServerWaitNotice />);
    const status = screen.getByRole('status');
    let release = () => {};
    act(() => {
      release = pacing?.hold('pacing') ?? release;
    });
    act(() => vi.advanceTimersByTime(200));
    expect(status).toHaveTextContent('');

    act(() => vi.advanceTimersByTime(300));
    expect(status).toHaveTextContent('Waiting for the server…');

    act(() => release());
    expect(status).toHaveTextContent('');
  });

  it('says the server asked to slow down while backing off after a 429, never an error', () => {
    render(<ServerWaitNotice />);
    act(() => {
      pacing?.hold('rate-limited');
    });
    act(() => vi.advanceTimersByTime(500));
    expect(screen.getByRole('status')).toHaveTextContent('The server asked us to slow down');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays quiet for a backend that does not pace its requests', () => {
    // Peoplelogic and Rolodex declare no pacing; this once re-rendered until React gave up.
    pacing = undefined;
    render(<ServerWaitNotice />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
