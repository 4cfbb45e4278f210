import { describe, expect, it } from 'vitest';
import { useSecuredServer, users } from './support.ts';

describe('the security suite’s server', () => {
  const ctx = useSecuredServer();

  it('runs as its own process, answers health and signs a user in over HTTP', async () => {
    const health = await ctx.anonymous().json('GET', '/api/health');
    expect(health.status).toBe(200);
    const reader = await ctx.signIn(users.reader);
    const me = await reader.json('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'reader' });
    expect(ctx.server.alive()).toBe(true);
  });
});
