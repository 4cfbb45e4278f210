import { z, month, year } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { sendDownload } from '../../http/download.ts';
import { contentTypes, render } from '../../files/tabular.ts';
import { economySettingsOf, economyYearsOf, followUpReport, forecastAccuracyReport } from './queries.ts';
import { followUpTables, accuracyTable } from './files/exports.ts';
import { closeMonth, saveEconomySettings, saveForecast } from './commands.ts';

const yearQuery = z.object({ year: year });
const periodQuery = yearQuery.extend({ month: month.optional() });
const exportQuery = periodQuery.extend({ format: z.enum(['csv', 'xlsx', 'json']).default('xlsx') });

type Params = { Params: { code: string } };

export function registerFollowUpRoutes({ app, db }: RouteContext): void {
  app.get<Params>('/api/committees/:code/economy/years', async (request) => {
    requireActor(request);
    return economyYearsOf(db, request.params.code);
  });

  app.get<Params>('/api/committees/:code/economy/follow-up', async (request) => {
    requireActor(request);
    const { year, month } = query(periodQuery, request);
    return followUpReport(db, request.params.code, year, month ?? null);
  });

  app.get<Params>('/api/committees/:code/economy/accuracy', async (request) => {
    requireActor(request);
    const { year } = query(yearQuery, request);
    return forecastAccuracyReport(db, request.params.code, year);
  });

  // The budget's own table is exported at /economy/export/budget, registered by the budget module.
  app.get<Params & { Params: { code: string; table: string } }>('/api/committees/:code/economy/export/:table', async (request, reply) => {
    requireActor(request);
    const { year, month, format } = query(exportQuery, request);
    const { code, table } = request.params;
    const tables =
      table === 'follow-up'
        ? followUpTables(await followUpReport(db, code, year, month ?? null))
        : table === 'accuracy'
          ? [accuracyTable(await forecastAccuracyReport(db, code, year))]
          : null;
    if (!tables) throw new AppError('not_found', msg('request.no_such_table', { table }));
    const body = await render(format === 'csv' ? tables.slice(0, 1) : tables, format);
    const name = `${table}-${encodeURIComponent(code)}-${year}${month ? `-${String(month).padStart(2, '0')}` : ''}.${format}`;
    return sendDownload(reply, { body, filename: name, contentType: contentTypes[format] });
  });

  app.put<Params>('/api/committees/:code/economy/forecasts', (request) =>
    runCommand(db, request, saveForecast, { committeeCode: request.params.code }),
  );

  app.post<Params>('/api/committees/:code/economy/months/close', (request) =>
    runCommand(db, request, closeMonth, { committeeCode: request.params.code }),
  );

  app.get<Params>('/api/committees/:code/economy/settings', async (request) => {
    requireActor(request);
    return economySettingsOf(db, request.params.code);
  });

  app.put<Params>('/api/committees/:code/economy/settings', (request) =>
    runCommand(db, request, saveEconomySettings, { committeeCode: request.params.code }),
  );
}
