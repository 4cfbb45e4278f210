import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors.ts';
import { registerServeCommands } from './serve.ts';
import { registerCharterCommands } from './charter.ts';
import { registerAuditCommands } from './audit.ts';
import { registerOrgCommands } from './org.ts';
import { registerEconomyCommands } from './economy.ts';
import { registerCheckCommand } from './check.ts';
import { registerDocumentCommands } from './documents.ts';
import { registerLedgerCommands } from './ledger.ts';
import { registerGoalCommands } from './goals.ts';
import { registerActionPlanCommands } from './action-plans.ts';
import { registerUserCommands } from './user.ts';
import { registerSettingsCommands } from './settings.ts';
import { registerDatabaseCommands } from './database.ts';

/** Exit codes: 0 ok, 1 a problem with the input or data, 2 wrong usage, 3 unexpected failure. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('styrbord')
    .description('Styrbord – planering och uppföljning för kommunala nämnder')
    .exitOverride()
    .showHelpAfterError();
  registerServeCommands(program);
  registerCharterCommands(program);
  registerAuditCommands(program);
  registerOrgCommands(program);
  registerEconomyCommands(program);
  registerActionPlanCommands(program);
  registerCheckCommand(program);
  registerDocumentCommands(program);
  registerLedgerCommands(program);
  registerGoalCommands(program);
  registerUserCommands(program);
  registerSettingsCommands(program);
  registerDatabaseCommands(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof AppError) {
      process.stderr.write(`Fel: ${err.message}\n`);
      for (const f of err.details?.fields ?? []) process.stderr.write(`  ${f.field}: ${f.message}\n`);
      for (const r of err.details?.rows ?? []) process.stderr.write(`  ${r.file}, rad ${r.row}, kolumn ${r.column}: ${r.reason}\n`);
      return err.code === 'internal' ? 3 : 1;
    }
    process.stderr.write(`Oväntat fel: ${(err as Error).message}\n`);
    return 3;
  }
}
