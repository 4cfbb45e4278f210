import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import type { Clock } from '../core/clock.ts';
import { AppError } from '../core/errors.ts';
import { msg } from '../core/messages.ts';
import { parseInput } from '../core/validation.ts';
import type { z } from 'zod';
import type { Database } from '../db/connection.ts';
import { execute, type Command } from '../db/command.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface RouteContext {
  app: FastifyInstance;
  db: Database;
  clock: Clock;
}

/** Every /api route except sign-in and health goes through here first. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', msg('auth.sign_in_required'));
  return request.actor;
}

export function query<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  return parseInput(schema, request.query);
}

/** Runs a command as the signed-in user with the request body (plus route params) as input. */
export function runCommand<S extends z.ZodType, R>(
  db: Database,
  request: FastifyRequest,
  command: Command<S, R>,
  extra: Record<string, unknown> = {},
): Promise<R> {
  const body = request.body && typeof request.body === 'object' ? request.body : {};
  return execute(db, requireActor(request), command, { ...body, ...extra });
}
