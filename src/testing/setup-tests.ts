import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from './msw-server';

// findBy/waitFor wait for what the user would see. On CI's two cores, with the server and
// PostgreSQL suites running beside this one, a page's lazy chunks and first answers took over the
// library's default second (link-existing-task, a record page still "Loading tasks…"): the state
// was coming, the wait was too short.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());

// A console.error or warn during a test (act warnings, key warnings, bad props) fails the test.
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => vi.restoreAllMocks());
