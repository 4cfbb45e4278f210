import { z, shortText } from '../../core/validation.ts';
import { parseInput } from '../../core/validation.ts';
import { type RouteContext, requireActor } from '../../server/context.ts';
import { SESSION_COOKIE, SESSION_HOURS, signIn, signOut } from './sessions.ts';

const credentials = z.object({ username: shortText(64), password: z.string().min(1, { message: 'Ange lösenord' }).max(200) });

export function registerAuthRoutes({ app, db }: RouteContext): void {
  app.post('/api/auth/login', async (request, reply) => {
    const { username, password } = parseInput(credentials, request.body);
    const { token, actor } = await signIn(db, username, password);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: request.protocol === 'https',
      maxAge: SESSION_HOURS * 3600,
    });
    return actor;
  });

  app.post('/api/auth/logout', async (request, reply) => {
    await signOut(db, request.cookies[SESSION_COOKIE]);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', async (request) => requireActor(request));
}
