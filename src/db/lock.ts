import { readFileSync, writeFileSync, unlinkSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';

/**
 * PGlite runs inside one process; a second process opening the same folder would corrupt it.
 * A lock file with the owner's pid turns that into a clear error instead.
 */
export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, 'styrbord.lock');
  if (existsSync(path)) {
    const owner = Number(readFileSync(path, 'utf8').trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new AppError(
        'conflict',
        `Databasen i ${dataDir} används redan av en annan Styrbord-process (pid ${owner}). Stoppa den först, eller använd en PostgreSQL-server via DATABASE_URL.`,
      );
    }
  }
  writeFileSync(path, String(process.pid));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return { release };
}
