import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/connection.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { AppError } from '../core/errors.ts';
import { installErrorHandler } from './errors.ts';
import { checkSameOrigin } from './csrf.ts';
import { installSecurityHeaders } from './headers.ts';
import { checkUrlInput, installJsonParser } from './input.ts';
import { installRequestLogging, requestId } from './logging.ts';
import { checkIdParams } from '../http/params.ts';
import type { LogLevel, TrustProxy } from './settings.ts';
import { SESSION_COOKIE } from '../modules/auth/model.ts';
import { actorForToken } from '../modules/auth/store.ts';
import { registerAuthRoutes, registerDemoInfoRoutes } from '../modules/auth/http.ts';
import { registerOrganisationRoutes } from '../modules/organisation/http.ts';
import { registerCharterRoutes } from '../modules/charter/http.ts';
import { registerAuditRoutes } from '../modules/audit/http.ts';
import { registerBudgetRoutes } from '../modules/budget/http.ts';
import { registerFollowUpRoutes } from '../modules/follow-up/http.ts';
import { registerLedgerRoutes } from '../modules/ledger/http.ts';
import { registerGoalRoutes } from '../modules/goals/http.ts';
import { registerKoladaRoutes } from '../modules/kolada/http.ts';
import { registerActionPlanRoutes } from '../modules/action-plans/http.ts';
import { registerDocumentRoutes } from '../documents/routes.ts';
import { registerSettingsRoutes } from '../modules/settings/http.ts';

export interface AppOptions {
  db: Database;
  /** What today is (Swedish calendar date); the system clock unless a test fixes it. */
  clock?: Clock;
  /** Folder with the built web UI; omitted in API-only tests. */
  webDir?: string | undefined;
  /** Structured request logs (pino) at this level; silent unless given (tests). */
  logLevel?: LogLevel;
  /** Fastify's trustProxy: believe X-Forwarded-* from these proxies (STYRBORD_TRUST_PROXY). */
  trustProxy?: TrustProxy;
}

export async function buildApp({
  db,
  clock = systemClock,
  webDir,
  logLevel = 'silent',
  trustProxy = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: logLevel },
    genReqId: requestId,
    requestIdHeader: false,
    trustProxy,
    bodyLimit: 20 * 1024 * 1024,
  });
  await app.register(cookie);
  app.decorateRequest('actor', null);
  installErrorHandler(app);
  installRequestLogging(app);
  await installSecurityHeaders(app);
  installJsonParser(app);

  // Refusals that need neither the database nor the body come first, before anything is read.
  app.addHook('onRequest', async (request) => {
    checkSameOrigin(request);
    checkUrlInput(request);
    checkIdParams(request);
  });

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) {
      request.actor = await actorForToken(db, request.cookies[SESSION_COOKIE]);
    }
  });

  app.get('/api/health', async () => ({ ok: true, database: db.kind }));

  const ctx = { app, db, clock };
  registerAuthRoutes(ctx);
  registerDemoInfoRoutes(ctx);
  registerOrganisationRoutes(ctx);
  registerCharterRoutes(ctx);
  registerAuditRoutes(ctx);
  registerLedgerRoutes(ctx);
  registerBudgetRoutes(ctx);
  registerFollowUpRoutes(ctx);
  registerGoalRoutes(ctx);
  registerKoladaRoutes(ctx);
  registerActionPlanRoutes(ctx);
  registerDocumentRoutes(ctx);
  registerSettingsRoutes(ctx);

  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') throw new AppError('not_found', 'Det finns inget här.');
    if (!hasWeb) throw new AppError('not_found', 'Webbgränssnittet är inte byggt. Kör `npm run build:web` och starta om.');
    return reply.sendFile('index.html');
  });
  return app;
}
