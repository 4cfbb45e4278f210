import type { RouteContext } from '../../server/context.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  description: string;
}

/** Public: the start page tells visitors how to sign in to the demo, and only when the demo is loaded. */
export function registerDemoInfoRoutes({ app, db }: RouteContext): void {
  app.get('/api/demo-accounts', async () => {
    const [row] = await db.query<{ value: DemoAccount[] }>("select value from app_setting where key = 'demo_accounts'");
    return row?.value ?? [];
  });
}
