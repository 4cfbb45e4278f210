import { z } from '../../core/validation.ts';
import { AppError } from '../../core/errors.ts';
import { msg } from '../../core/messages.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { registerUpload, uploadedBytes } from '../../files/upload-route.ts';
import { getMunicipality } from '../organisation/store.ts';
import { KoladaClient, koladaError } from './client.ts';
import { fetchFromKolada, importKoladaFile, mayImport, saveBenchmarkGroup } from './commands.ts';
import { benchmarkSeries } from './queries.ts';
import { cachedValues, getBenchmarkGroup, getCachedKpi, listBenchmarkGroups, searchCachedKpis } from './store.ts';

const list = (pattern: RegExp) =>
  z
    .string()
    .trim()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(pattern)).max(400));

export function registerKoladaRoutes({ app, db }: RouteContext): void {
  /** KPI search: the cache by default; `live=true` asks Kolada (v3 title search). */
  app.get('/api/kolada/kpis', async (request) => {
    requireActor(request);
    const q = query(z.object({ search: z.string().trim().min(1).max(200), live: z.enum(['true', 'false']).default('false') }), request);
    if (q.live === 'false') return { source: 'cache', kpis: await searchCachedKpis(db, q.search) };
    try {
      const kpis = await new KoladaClient({ baseUrl: process.env.STYRBORD_KOLADA_URL || undefined }).searchKpis(q.search);
      return { source: 'kolada', kpis: kpis.slice(0, 200) };
    } catch (err) {
      throw koladaError(err);
    }
  });

  app.get<{ Params: { id: string } }>('/api/kolada/kpis/:id', { config: { textParams: ['id'] } }, async (request) => {
    requireActor(request);
    const kpi = await getCachedKpi(db, request.params.id.toUpperCase());
    if (!kpi) throw new AppError('not_found', msg('kolada.kpi_not_cached', { id: request.params.id }));
    return kpi;
  });

  app.get('/api/kolada/values', async (request) => {
    requireActor(request);
    const q = query(
      z.object({
        kpi: list(/^[NU]\d{5}$/),
        municipality: list(/^(\d{4}|G\d+)$/).optional(),
        year: z
          .string()
          .trim()
          .transform((s) => s.split(',').map(Number))
          .pipe(z.array(z.number().int().min(1900).max(2100)))
          .optional(),
      }),
      request,
    );
    return cachedValues(db, { kpis: q.kpi, municipalities: q.municipality ?? null, years: q.year ?? null });
  });

  /** A saved Kolada JSON file as the request body (application/json), its name in ?filename=. */
  registerUpload(app, {
    url: '/api/kolada/import',
    body: 'buffer',
    contentTypes: ['application/json', 'application/octet-stream'],
    bodyLimit: 50 * 1024 * 1024,
    query: z.object({ filename: z.string().trim().min(1).max(255) }),
    allowed: mayImport,
    handler: async (request, _reply, actor, q) => importKoladaFile(db, actor, q.filename, new TextDecoder().decode(uploadedBytes(request))),
  });

  /** Live fetch: { kpis: ["N35001"], municipalities?: ["0580"], benchmarkGroup?: "R9", years: [2022] }. */
  app.post('/api/kolada/fetch', async (request) => {
    const { summary } = await fetchFromKolada(db, requireActor(request), request.body ?? {});
    return summary;
  });

  app.get('/api/benchmark-groups', async (request) => {
    requireActor(request);
    return listBenchmarkGroups(db);
  });

  app.put('/api/benchmark-groups', (request) => runCommand(db, request, saveBenchmarkGroup));

  /** Average and median per year for a KPI, computed from the members' cached values. */
  app.get<{ Params: { code: string } }>('/api/benchmark-groups/:code/series', async (request) => {
    requireActor(request);
    const q = query(
      z.object({
        kpi: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[NU]\d{5}$/),
        gender: z.enum(['T', 'K', 'M']).default('T'),
      }),
      request,
    );
    const group = await getBenchmarkGroup(db, request.params.code);
    return { group, kpi: q.kpi, series: await benchmarkSeries(db, group, q.kpi, (await getMunicipality(db)).code, q.gender) };
  });
}
