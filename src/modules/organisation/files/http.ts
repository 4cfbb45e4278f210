import { z, isoDate } from '../../../core/validation.ts';
import { can } from '../../../core/permissions.ts';
import { registerUpload, uploadedBytes } from '../../../files/upload-route.ts';
import { type RouteContext, requireActor, query } from '../../../http/context.ts';
import { exportOrganisation } from './organisation-export.ts';
import { importOrganisationFile } from './organisation-import.ts';

const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx'), asOf: isoDate.optional() });
const importQuery = z.object({ filename: z.string().trim().min(1).max(255) });

export function registerOrganisationIoRoutes({ app, db }: RouteContext): void {
  app.get('/api/organisation/export', async (request, reply) => {
    requireActor(request);
    const q = query(exportQuery, request);
    const file = await exportOrganisation(db, q.asOf ?? null, q.format);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });

  // an administrator, or a controller (whose committees the command checks row by row)
  registerUpload(app, {
    url: '/api/organisation/import',
    body: 'buffer',
    query: importQuery,
    allowed: (actor) => can.administer(actor) || actor.role === 'controller',
    handler: async (request, _reply, actor, q) => importOrganisationFile(db, actor, q.filename, uploadedBytes(request)),
  });
}
