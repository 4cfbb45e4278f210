import { type RouteContext, requireActor, query } from '../../http/context.ts';
import { can, ensure } from '../../core/permissions.ts';
import { auditFilter } from './model.ts';
import { listAuditEvents } from './store.ts';
import { verifyAuditChain } from './queries.ts';

export function registerAuditRoutes({ app, db }: RouteContext): void {
  app.get('/api/audit', async (request) => {
    ensure(can.readAudit(requireActor(request)));
    return listAuditEvents(db, query(auditFilter, request));
  });
  // The auditor's own check of the hash chain: the first broken event, and the head to note down.
  app.get('/api/audit/verify', async (request) => {
    ensure(can.readAudit(requireActor(request)));
    return verifyAuditChain(db);
  });
}
