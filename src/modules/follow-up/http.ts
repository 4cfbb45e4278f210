import { z } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { contentTypes, render } from '../../files/tabular.ts';
import { budgetReport } from '../budget/queries.ts';
import { followUpReport } from './rules/build-follow-up.ts';
import { forecastAccuracyReport } from './queries.ts';
import { budgetReportTable, followUpTables, accuracyTable } from './files/exports.ts';
import { closeMonth, saveEconomySettings, saveForecast } from './commands.ts';
import { economySettings } from './store.ts';
import { economyYears } from '../budget/store.ts';
import { getCommitteeByCode } from '../organisation/store.ts';
import { registerBudgetRoutes } from '../budget/http.ts';

const yearQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
const periodQuery = yearQuery.extend({ month: z.coerce.number().int().min(1).max(12).optional() });
const exportQuery = periodQuery.extend({ format: z.enum(['csv', 'xlsx', 'json']).default('xlsx') });

type Params = { Params: { code: string } };

export function registerEconomyRoutes(ctx: RouteContext): void {
  const { app, db } = ctx;
  registerBudgetRoutes(ctx);
  app.get<Params>('/api/committees/:code/economy/years', async (request) => {
    requireActor(request);
    return economyYears(db, (await getCommitteeByCode(db, request.params.code)).id);
  });

  app.get<Params>('/api/committees/:code/economy/budget', async (request) => {
    requireActor(request);
    const { year } = query(yearQuery, request);
    return budgetReport(db, request.params.code, year);
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

  app.get<Params & { Params: { code: string; table: string } }>('/api/committees/:code/economy/export/:table', async (request, reply) => {
    requireActor(request);
    const { year, month, format } = query(exportQuery, request);
    const { code, table } = request.params;
    const tables =
      table === 'budget' ? [budgetReportTable(await budgetReport(db, code, year))]
        : table === 'follow-up' ? followUpTables(await followUpReport(db, code, year, month ?? null))
          : table === 'accuracy' ? [accuracyTable(await forecastAccuracyReport(db, code, year))]
            : null;
    if (!tables) throw new AppError('not_found', `Tabellen ${table} finns inte.`);
    const body = await render(format === 'csv' ? tables.slice(0, 1) : tables, format);
    const name = `${table}-${encodeURIComponent(code)}-${year}${month ? `-${String(month).padStart(2, '0')}` : ''}.${format}`;
    return reply.header('content-type', contentTypes[format]).header('content-disposition', `attachment; filename="${name}"`).send(body);
  });

  app.put<Params>('/api/committees/:code/economy/forecasts', (request) =>
    runCommand(db, request, saveForecast, { committeeCode: request.params.code }));

  app.post<Params>('/api/committees/:code/economy/months/close', (request) =>
    runCommand(db, request, closeMonth, { committeeCode: request.params.code }));

  app.get<Params>('/api/committees/:code/economy/settings', async (request) => {
    requireActor(request);
    return economySettings(db, (await getCommitteeByCode(db, request.params.code)).id);
  });

  app.put<Params>('/api/committees/:code/economy/settings', (request) =>
    runCommand(db, request, saveEconomySettings, { committeeCode: request.params.code }));
}
