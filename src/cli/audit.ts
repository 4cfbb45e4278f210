import type { Command } from 'commander';
import { parseInput } from '../core/validation.ts';
import { formatDateTime } from '../core/format.ts';
import { auditFilter, listAuditEvents } from '../modules/audit/store.ts';
import { print, withDatabase } from './db.ts';

export function registerAuditCommands(program: Command): void {
  program
    .command('audit')
    .description('Ändringsloggen')
    .command('list')
    .description('Lista händelser i ändringsloggen, nyast först')
    .option('--entity <type>', 'entitetstyp, t.ex. activity')
    .option('--id <id>', 'entitetens id')
    .option('--user <name>', 'användare (del av namn)')
    .option('--from <date>', 'från och med datum')
    .option('--to <date>', 'till och med datum')
    .option('--limit <n>', 'högst antal händelser', '50')
    .option('--json', 'svara med JSON')
    .action(async (opts: { entity?: string; id?: string; user?: string; from?: string; to?: string; limit: string; json?: boolean }) => {
      const filter = parseInput(auditFilter, { entityType: opts.entity, entityId: opts.id, actor: opts.user, from: opts.from, to: opts.to, limit: opts.limit });
      const events = await withDatabase((db) => listAuditEvents(db, filter));
      if (opts.json) {
        print(JSON.stringify(events, null, 2));
        return;
      }
      if (events.length === 0) print('Inga händelser.');
      for (const e of events) {
        print(`${formatDateTime(e.at)}  ${e.actorName}  ${e.command}  ${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}`);
      }
    });
}
