import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the web UI when dist/web is missing or older than its sources. */
export default async function setup(): Promise<void> {
  const index = join(root, 'dist/web/index.html');
  const sources = [join(root, 'src/web'), join(root, 'src/core'), join(root, 'vite.config.ts')];
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(...sources.map(newestMtime));
  if (stale) await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
