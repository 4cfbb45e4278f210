import { type RouteContext, requireActor, query } from '../../server/context.ts';
import { can, ensure } from '../../core/permissions.ts';
import { auditFilter, listAuditEvents } from './store.ts';

export function registerAuditRoutes({ app, db }: RouteContext): void {
  app.get('/api/audit', async (request) => {
    ensure(can.readAudit(requireActor(request)));
    return listAuditEvents(db, query(auditFilter, request));
  });
}
