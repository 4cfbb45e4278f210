/**
 * Refreshes the README's pictures (`npm run screenshots`): runs the browser tests that take
 * screenshots, with STYRBORD_SCREENSHOT_DIR naming a fresh folder, and copies what they took into
 * docs/screenshots/. `npm test` never writes there, so a test run leaves the tree clean and the
 * pictures change only in a commit that means to change them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const taken = join(root, '.tmp/screenshots-refresh');
const published = join(root, 'docs/screenshots');

const e2eDir = join(root, 'e2e');
const screenshotTests = readdirSync(e2eDir)
  .filter((name) => name.endsWith('.e2e.ts') && /\bscreenshot\(/.test(readFileSync(join(e2eDir, name), 'utf8')))
  .map((name) => `e2e/${name}`);

rmSync(taken, { recursive: true, force: true });
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...screenshotTests], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, STYRBORD_SCREENSHOT_DIR: taken },
});
if (run.status !== 0) {
  console.error('screenshots: the browser tests failed, docs/screenshots/ is left as it was');
  process.exit(run.status ?? 1);
}

const pictures = existsSync(taken) ? readdirSync(taken).filter((name) => name.endsWith('.png')) : [];
if (pictures.length === 0) throw new Error(`screenshots: the browser tests took no screenshots in ${taken}`);
mkdirSync(published, { recursive: true });
for (const name of pictures) copyFileSync(join(taken, name), join(published, name));
const stale = readdirSync(published).filter((name) => name.endsWith('.png') && !pictures.includes(name));
console.log(`screenshots: ${pictures.length} pictures copied to docs/screenshots/`);
if (stale.length > 0)
  console.log(`screenshots: no test takes these any more (remove them if the README does not use them): ${stale.join(', ')}`);
