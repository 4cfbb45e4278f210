import { defineConfig } from 'vitest/config';

const dbTests = ['src/**/*.db.test.ts', 'demo/**/*.db.test.ts'];
const securityTests = ['security/**/*.security.test.ts'];
const postgresUrl = process.env.STYRBORD_TEST_PG_URL;

// Pure rules run once; database tests run on PGlite, and again on a PostgreSQL server when
// STYRBORD_TEST_PG_URL names one (CI always does). The security suite starts the real server as
// its own process and attacks it over HTTP, on the same two databases.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'demo/**/*.test.ts'], exclude: dbTests } },
      { test: { name: 'pglite', include: dbTests, env: { STYRBORD_TEST_TARGET: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      ...(postgresUrl
        ? [{ test: { name: 'postgresql', include: dbTests, env: { STYRBORD_TEST_TARGET: 'postgresql' }, testTimeout: 30_000, hookTimeout: 60_000 } }]
        : []),
      { test: { name: 'security-pglite', include: securityTests, env: { STYRBORD_TEST_TARGET: 'pglite' }, testTimeout: 120_000, hookTimeout: 120_000 } },
      ...(postgresUrl
        ? [{ test: { name: 'security-postgresql', include: securityTests, env: { STYRBORD_TEST_TARGET: 'postgresql' }, testTimeout: 120_000, hookTimeout: 120_000 } }]
        : []),
    ],
  },
});
