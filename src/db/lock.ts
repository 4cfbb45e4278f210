import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';

/**
 * PGlite runs inside one process; a second process writing the same folder would lose or corrupt
 * data. The lock is a directory whose mtime the holder refreshes (proper-lockfile), so it works
 * across PID namespaces and containers, where a pid means nothing; a lock whose holder died
 * (kill -9, power cut) goes stale and the next start takes it over.
 */
export interface DataDirLock {
  release(): void;
}

/** How long an unrefreshed lock is honoured; the holder refreshes it every UPDATE_MS. */
export const LOCK_STALE_MS = 15_000;
const UPDATE_MS = 5_000;

export const lockPath = (dataDir: string) => join(dataDir, 'writer.lock');

function heldMessage(dataDir: string): string {
  return (
    `Databasen i ${dataDir} används redan av en annan Styrbord-process. Stoppa den först, eller använd en PostgreSQL-server via DATABASE_URL. ` +
    `(Avslutades den förra processen oväntat tas låset över efter ${LOCK_STALE_MS / 1000} sekunder.)`
  );
}

/** Stopping is the only safe answer when another process has taken the folder over under us. */
function onCompromised(dataDir: string) {
  return (err: Error) => {
    process.stderr.write(
      `Fel: låset på databasen i ${dataDir} gick förlorat (${err.message}); Styrbord avslutas för att inte skriva över en annan process ändringar.\n`,
    );
    process.exit(3);
  };
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  let unlock: () => void;
  try {
    unlock = lockfile.lockSync(dataDir, {
      lockfilePath: lockPath(dataDir),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: UPDATE_MS,
      onCompromised: onCompromised(dataDir),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new AppError('conflict', heldMessage(dataDir));
    throw err;
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        unlock();
      } catch {
        // already released, e.g. by proper-lockfile's own exit handler
      }
    },
  };
}
