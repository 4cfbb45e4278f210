import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { msg, render } from '../core/messages.ts';
import { MAX_ID } from '../core/validation.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Route params named like ids (`:id`, `:versionId`) that hold text instead, e.g. a Kolada KPI code. */
    textParams?: readonly string[];
  }
}

/** A route param named `id` or `…Id` names a row by its integer identity. */
const idName = /^(id|[a-z][A-Za-z]*Id)$/;
/** Words some routes take in place of an id: the governing version of an action plan. */
const idWords: Record<string, readonly string[]> = { versionId: ['current'] };

/**
 * One check for every id in every route's path, before any handler or body parsing: not a
 * number → 400, a number no row can have → 404. Handlers may then trust `Number(params.id)`.
 */
export function checkIdParams(request: FastifyRequest): void {
  const params = request.params as Record<string, string> | undefined;
  if (!params) return;
  const text = request.routeOptions.config?.textParams ?? [];
  for (const [name, value] of Object.entries(params)) {
    if (!idName.test(name) || text.includes(name) || idWords[name]?.includes(value)) continue;
    if (!/^\d{1,16}$/.test(value))
      throw new AppError('validation', msg('params.invalid_id', { name }), {
        fields: [{ field: name, message: render(msg('field.positive_integer')) }],
      });
    const n = Number(value);
    if (n < 1 || n > MAX_ID) throw new AppError('not_found', msg('params.no_such_id'));
  }
}
