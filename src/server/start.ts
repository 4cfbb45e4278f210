import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/connection.ts';
import { buildApp } from './app.ts';
import { serverSettingsFromEnv, type ServerSettings } from './settings.ts';

// This file runs from src/server/ (sources) or from dist/server/src/server/ (the build): both
// serve the web UI that vite builds into the package's dist/web/.
const packageRoot = import.meta.url.endsWith('.ts') ? '../../' : '../../../../';
export const webDir = fileURLToPath(new URL(`${packageRoot}dist/web/`, import.meta.url));

export async function startServer(
  db: Database,
  port: number,
  host = '127.0.0.1',
  settings: ServerSettings = serverSettingsFromEnv(),
): Promise<FastifyInstance> {
  const app = await buildApp({ db, webDir, ...settings });
  await app.listen({ port, host });
  return app;
}
