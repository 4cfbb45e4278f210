import type { Command } from 'commander';

/** `styrbord org export|import` – filled in by the organisation io module. */
export function registerOrgCommands(program: Command): void {
  program.command('org').description('Organisationen (export och import)');
}
