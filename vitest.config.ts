import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

const serverTests = [
  'server/**/*.test.ts',
  'test/server/**/*.test.ts',
  'test/contract/**/*.test.ts',
  'test/lint/**/*.test.ts',
  'test/build/**/*.test.ts',
  'build/**/*.test.ts',
];
// The server and contract suites run a second time on PostgreSQL (test/test-database.ts) when
// TASKLINK_TEST_DATABASE_URL names one (.ci/run starts Debian's). Not run there: tests of the
// PGlite data folder, tests that touch no database, and the DATABASE_URL mode's own test.
const postgresUrl = process.env.TASKLINK_TEST_DATABASE_URL?.trim();
const notOnPostgres = [
  'server/query/filter.test.ts',
  'server/query/order-by.test.ts',
  'server/records/**',
  'server/content-encoding.test.ts',
  'test/lint/**',
  'test/build/**',
  'build/**',
  'test/server/runtime-config.test.ts',
  'test/server/runtime-data-lock.test.ts',
  'test/server/runtime-file-modes.test.ts',
  'test/server/runtime-persistence.test.ts',
  // It starts its own servers on PostgreSQL, in either project.
  'test/server/runtime-postgres.test.ts',
  'test/server/seed-large.test.ts',
];
if (!postgresUrl) {
  console.log(
    'server-postgres: skipped: TASKLINK_TEST_DATABASE_URL is not set, so the server and contract suites run on PGlite only',
  );
}

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-tests.ts'],
          // Room for a few of the 5 s waits above (setup-tests.ts) on a loaded machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          globals: true,
          include: serverTests,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'server-postgres',
                environment: 'node',
                globals: true,
                include: serverTests,
                exclude: notOnPostgres,
                env: { TASKLINK_TEST_DB: 'postgres', TASKLINK_TEST_DATABASE_URL: postgresUrl },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
