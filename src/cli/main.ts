import { Command } from 'commander';
import { languageOfLocale } from '../core/messages.ts';
import { reportError } from './errors.ts';
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

/** Exit codes: see EXIT in errors.ts. */
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
    return reportError(err, languageOfLocale(process.env.LANG), (line) => process.stderr.write(`${line}\n`));
  }
}
