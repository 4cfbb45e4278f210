import { z, isoDate, shortText } from '../../core/validation.ts';
import { today } from '../../core/clock.ts';
import { type RouteContext, requireActor, query, runCommand } from '../../http/context.ts';
import { lookupResponsibility } from './model.ts';
import { charterVocabulary, listCharterRules } from './store.ts';
import { createCharterRule, endCharterRule } from './commands.ts';

export const lookupQuery = z.object({
  law: shortText(100),
  age: z.coerce.number().int().min(0).max(150).optional(),
  intervention: z.string().trim().max(200).optional(),
  targetGroup: z.string().trim().max(200).optional(),
  date: isoDate.optional(),
});

export function registerCharterRoutes({ app, db, clock }: RouteContext): void {
  app.get('/api/charter/rules', async (request) => {
    requireActor(request);
    const q = query(z.object({ asOf: isoDate.optional(), law: z.string().max(100).optional() }), request);
    return listCharterRules(db, q.asOf ?? null, q.law ?? null);
  });

  app.get('/api/charter/vocabulary', async (request) => {
    requireActor(request);
    return charterVocabulary(db);
  });

  app.get('/api/charter/lookup', async (request) => {
    requireActor(request);
    const q = query(lookupQuery, request);
    const date = q.date ?? today(clock);
    const rules = await listCharterRules(db, date, q.law);
    const question = { law: q.law, age: q.age ?? null, intervention: q.intervention || null, targetGroup: q.targetGroup || null, date };
    return { question, answer: lookupResponsibility(rules, question) };
  });

  app.post('/api/charter/rules', async (request, reply) => reply.status(201).send(await runCommand(db, request, createCharterRule)));

  app.post<{ Params: { id: string } }>('/api/charter/rules/:id/end', (request) =>
    runCommand(db, request, endCharterRule, { id: request.params.id }));
}
