import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, settingsFromEnv, describe } from '../db/open.ts';
import { assertRuntimeRole } from '../db/roles.ts';
import { loadDemo } from '../../demo/load.ts';
import type { Database } from '../db/connection.ts';
import { AppError } from '../core/errors.ts';
import { accountsWithDemoPassword } from '../modules/auth/queries.ts';
import { demoModeAllowed, demoPasswordRefusal } from '../modules/auth/rules/demo-mode.ts';
import { startServer, webDir } from '../server/start.ts';
import { print, withDatabase } from './db.ts';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Starta webbservern (laddar demodata i en ny databas)')
    .option('-p, --port <port>', 'port (standard: PORT eller 3000)')
    .option('--host <host>', 'adress att lyssna på', process.env.HOST ?? '127.0.0.1')
    .option('--no-demo', 'läs inte in demodata i en tom databas')
    .action(async (opts: { port?: string; host: string; demo: boolean }) => {
      const settings = settingsFromEnv();
      const db = await openDatabase(settings);
      if (db.kind === 'postgresql') {
        await assertRuntimeRole(db, process.env, print).catch(async (err: unknown) => {
          await db.close();
          throw err;
        });
      }
      await demoOrRefuse(db, opts.demo).catch(async (err: unknown) => {
        await db.close();
        throw err;
      });
      if (!existsSync(join(webDir, 'index.html'))) {
        print('Varning: webbgränssnittet är inte byggt (kör `npm run build`); bara API:t svarar.');
      }
      const port = Number(opts.port ?? process.env.PORT ?? 3000);
      const app = await startServer(db, port, opts.host);
      print(`Styrbord kör på http://localhost:${port} med ${describe(settings)}`);
      const stop = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await new Promise(() => undefined);
    });

  program
    .command('migrate')
    .description(
      'Uppdatera databasschemat (som ägarrollen i STYRBORD_MIGRATION_DATABASE_URL när den är satt) och ge körrollen dess rättigheter',
    )
    .action(async () => {
      const applied = await migrateDatabase(settingsFromEnv());
      print(applied.length ? `Körde ${applied.length} migrering(ar): ${applied.join(', ')}` : 'Schemat är redan aktuellt.');
    });

  program
    .command('demo')
    .description('Demodata')
    .command('load')
    .description('Läs in demokommunen Linköping (0580) i en tom databas')
    .action(async () => {
      await withDatabase(async (db) => print((await loadDemo(db, 'cli')).message), { demo: false });
    });
}

/**
 * Demo mode (PGlite, not production) loads the demo into an empty database. A real installation
 * (DATABASE_URL or STYRBORD_ENV=production) never does, and refuses to start while an account the
 * demo created still has the demo password.
 */
async function demoOrRefuse(db: Database, load: boolean): Promise<void> {
  if (demoModeAllowed(db.kind)) {
    if (load) print((await loadDemo(db, 'serve')).message);
    return;
  }
  const left = await accountsWithDemoPassword(db);
  if (left.length > 0)
    throw new AppError(
      'conflict',
      demoPasswordRefusal(left, db.kind === 'postgresql' ? 'med DATABASE_URL' : 'med STYRBORD_ENV=production'),
    );
}
