/**
 * Builds the server and the CLI into dist/server/ (`npm run build:server`): a clean emit of
 * tsconfig.build.json, then every other file beside the sources (migrations, the common-password
 * list, the Kolada responses the demo loads), since the code reads them beside itself at run time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist/server');
const notBuilt = ['src/web', 'src/testing'];
const source = /\.(ts|tsx|mjs)$/;

// a clean emit: a module moved or removed in the sources must not linger in the build
rmSync(outDir, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const emit = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (emit.status !== 0) process.exit(emit.status ?? 1);

function copyAssets(dir: string): number {
  let copied = 0;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!notBuilt.includes(path)) copied += copyAssets(path);
    } else if (!source.test(entry.name)) {
      cpSync(join(root, path), join(outDir, path));
      copied++;
    }
  }
  return copied;
}
const assets = copyAssets('src') + copyAssets('demo');
console.log(`build:server: ${relative(root, outDir)}/ (and ${assets} files read at run time)`);
