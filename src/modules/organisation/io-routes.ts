import { z, isoDate } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { type RouteContext, requireActor, query } from '../../server/context.ts';
import { exportOrganisation } from './io-export.ts';
import { importOrganisationFile } from './io-import.ts';

const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx'), asOf: isoDate.optional() });
const importQuery = z.object({ filename: z.string().trim().min(1).max(255) });

/** Content types a browser or script may use for an uploaded xlsx or csv file; the body arrives as raw bytes. */
export const rawUploadTypes = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

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

  // the raw-body parser lives in its own scope so the JSON routes keep their parser
  void app.register(async (scope) => {
    scope.addContentTypeParser(rawUploadTypes, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.post('/api/organisation/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request) => {
      const actor = requireActor(request);
      const { filename } = query(importQuery, request);
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('validation', `Skicka filen ${filename} som rå data (Content-Type application/octet-stream eller text/csv).`);
      }
      return importOrganisationFile(db, actor, filename, request.body);
    });
  });
}
