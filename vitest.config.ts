import { defineConfig } from 'vitest/config';

const dbTests = ['src/**/*.db.test.ts', 'demo/**/*.db.test.ts'];
const securityTests = ['security/**/*.security.test.ts'];
const postgresUrl = process.env.STYRBORD_TEST_PG_URL;

// Set before any worker starts, so the workers and every process a test starts (the server, the
// CLI) inherit them: the municipality's zone whatever the machine's, so a test's dates do not
// depend on where it runs; and the TypeScript sources, never a stale dist/server/ build
// (STYRBORD_FROM_SOURCE=0 runs the suites against the build instead).
process.env.TZ = 'Europe/Stockholm';
// The CLI answers in English when LANG says so; the suites assert the Swedish texts.
process.env.LANG = 'sv_SE.UTF-8';
process.env.STYRBORD_FROM_SOURCE ??= '1';

// Tests in a file must not depend on one another's order (CONTRIBUTING.md), so every project runs
// them shuffled, files too (a per-project `sequence` is overridden by this root one). A failure
// prints its seed: `npx vitest run --project unit --sequence.seed=N` repeats that order. A flow
// that walks through steps in order (signing in, then out) says so with
// `describe(name, { shuffle: false }, …)` and a comment why.
// Pure rules run once; database tests run on PGlite, and again on a PostgreSQL server when
// STYRBORD_TEST_PG_URL names one (CI always does). The security suite starts the real server as
// its own process and attacks it over HTTP, on the same two databases.
export default defineConfig({
  test: {
    sequence: { shuffle: true },
    // Projects do not inherit these: each project gives its own.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'demo/**/*.test.ts'],
          exclude: dbTests,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'pglite', include: dbTests, env: { STYRBORD_TEST_TARGET: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'postgresql',
                include: dbTests,
                env: { STYRBORD_TEST_TARGET: 'postgresql' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'security-pglite',
          include: securityTests,
          env: { STYRBORD_TEST_TARGET: 'pglite' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'security-postgresql',
                include: securityTests,
                env: { STYRBORD_TEST_TARGET: 'postgresql' },
                testTimeout: 120_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
