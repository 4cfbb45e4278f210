import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { connect } from '../db/connection.ts';
import { backup, restore } from '../db/backup.ts';
import { migrate } from '../db/migrate.ts';
import { settingsFromEnv } from '../db/open.ts';
import { checkRoleName, grantRuntimeRole } from '../db/roles.ts';
import { describeChainReport, verifyAuditChain } from '../modules/audit/queries.ts';
import { print, withDatabase } from './db.ts';

export function registerDatabaseCommands(program: Command): void {
  program
    .command('backup')
    .description('Säkerhetskopiera databasen: PGlite-mappens dump, eller pg_dump för PostgreSQL')
    .requiredOption('--out <file>', 'filen att skriva')
    .action(async (opts: { out: string }) => {
      const out = resolve(opts.out);
      const kind = await backup(settingsFromEnv(), out);
      print(`Säkerhetskopierade ${kind === 'pglite' ? 'PGlite-databasen' : 'PostgreSQL-databasen'} till ${out}.`);
    });

  program
    .command('restore <file>')
    .description('Återställ en säkerhetskopia till en tom databas (PGlite-mapp eller PostgreSQL) och kontrollera ändringsloggen')
    .option('--force', 'ersätt en databas som redan finns')
    .action(async (file: string, opts: { force?: boolean }) => {
      const kind = await restore(settingsFromEnv(), resolve(file), { force: opts.force === true });
      print(`Återställde ${kind === 'pglite' ? 'PGlite-databasen' : 'PostgreSQL-databasen'} från ${resolve(file)}.`);
      const report = await withDatabase((db) => verifyAuditChain(db), { demo: false });
      if (report.problem) throw new AppError('conflict', msg('cli.backup_tampered', { problem: report.problem.message }));
      print(describeChainReport(report));
    });

  program
    .command('db')
    .description('Databasens roller')
    .command('grant-runtime')
    .description(
      'Migrera som ägare (STYRBORD_MIGRATION_DATABASE_URL, annars DATABASE_URL) och ge körrollen bara de rättigheter servern behöver',
    )
    .requiredOption('--role <name>', 'körrollen, t.ex. styrbord_runtime (skapa den först med create role … login password …)')
    .action(async (opts: { role: string }) => {
      const settings = settingsFromEnv();
      const url = settings.ownerUrl ?? settings.databaseUrl;
      if (!url) throw new AppError('validation', msg('cli.pglite_no_roles'));
      const role = checkRoleName(opts.role);
      const owner = await connect({ databaseUrl: url });
      try {
        await migrate(owner);
        await grantRuntimeRole(owner, role);
      } finally {
        await owner.close();
      }
      print(
        `Rollen ${role} får läsa och skriva rader, bara läsa och lägga till i ändringsloggen, och inte ändra schemat eller triggrarna.`,
      );
    });
}
