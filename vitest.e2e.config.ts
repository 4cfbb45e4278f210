import { defineConfig } from 'vitest/config';

// Browser tests against the real server and the built web UI (see e2e/global-setup.ts). The zone
// and the sources as in vitest.config.ts (the browser contexts set their own zone too).
process.env.TZ = 'Europe/Stockholm';
// The CLI answers in English when LANG says so; the suites assert the Swedish texts.
process.env.LANG = 'sv_SE.UTF-8';
process.env.STYRBORD_FROM_SOURCE ??= '1';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    // Not shuffled, unlike vitest.config.ts: the files share one server and database, one after the
    // other, and a file's tests walk one browser page through a flow (what one saves, the next reads).
    sequence: { shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
