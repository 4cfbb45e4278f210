import type { Command } from 'commander';
import { parseInput } from '../core/validation.ts';
import { formatDateTime } from '../core/format.ts';
import { auditFilter } from '../modules/audit/model.ts';
import { listAuditEvents } from '../modules/audit/store.ts';
import { verifyAuditChain, describeChainReport } from '../modules/audit/queries.ts';
import { AppError } from '../core/errors.ts';
import { print, withDatabase } from './db.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Ändringsloggen');
  audit
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
      const filter = parseInput(auditFilter, {
        entityType: opts.entity,
        entityId: opts.id,
        actor: opts.user,
        from: opts.from,
        to: opts.to,
        limit: opts.limit,
      });
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

  audit
    .command('verify')
    .description('Räkna om ändringsloggens hashkedja och visa första ändrade, borttagna eller inlagda händelse')
    .option('--anchor <sha256>', 'ett tidigare antecknat kedjehuvud som ska finnas kvar i kedjan')
    .option('--json', 'svara med JSON')
    .action(async (opts: { anchor?: string; json?: boolean }) => {
      const { report, anchored } = await withDatabase(
        async (db) => {
          const result = await verifyAuditChain(db);
          const found = opts.anchor
            ? (await db.query('select 1 from audit_event where hash = $1', [opts.anchor.trim().toLowerCase()])).length > 0
            : true;
          return { report: result, anchored: found };
        },
        { demo: false },
      );
      if (opts.json) print(JSON.stringify({ ...report, anchored }, null, 2));
      else if (!report.problem) print(describeChainReport(report));
      if (report.problem) throw new AppError('conflict', report.problem.message);
      if (!anchored)
        throw new AppError(
          'conflict',
          `Det antecknade kedjehuvudet ${opts.anchor} finns inte längre i kedjan: ändringsloggen har räknats om.`,
        );
    });
}
