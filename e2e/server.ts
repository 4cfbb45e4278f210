/** The browser tests start the same server process as the security suite, always on PGlite with the demo. */
export { type RunningServer } from '../src/testing/server.ts';
import { startServer as start, type RunningServer } from '../src/testing/server.ts';

export const startServer = (): Promise<RunningServer> => start({ target: 'pglite' });
