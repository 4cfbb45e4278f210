#!/usr/bin/env node
// Runs the CLI built into dist/server/ (`npm run build:server`; npm ci, npm start and npm run
// build do it), so the production server needs Node alone. STYRBORD_FROM_SOURCE=1 runs the
// TypeScript sources through tsx (a dev dependency) instead: the tests do, so they never run a
// stale build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fromSource = process.env.STYRBORD_FROM_SOURCE === '1';
const built = new URL('../dist/server/src/cli/main.js', import.meta.url);

if (!fromSource && !existsSync(fileURLToPath(built))) {
  console.error('Styrbord är inte byggt: dist/server/ saknas. Kör `npm run build` (eller `npm ci`) i Styrbords mapp först.');
  process.exit(1);
}
if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import(fromSource ? '../src/cli/main.ts' : built.href);
process.exitCode = await main(process.argv);
