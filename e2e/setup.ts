import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from './server.ts';
import { launchBrowser, newContext, signIn } from './browser.ts';

export interface BrowserSession {
  /** The server and the browser, once beforeAll has run. */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a new context (its own cookies) against the server. */
  newPage: () => Promise<Page>;
  /** A new page, signed in as `username`. */
  signedInPage: (username: string) => Promise<Page>;
}

/** Starts a server and a browser before the file's tests and stops them after. */
export function useBrowserSession(): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const session: BrowserSession = {
    get server() {
      if (!server) throw new Error('the server is not started yet (beforeAll)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet (beforeAll)');
      return browser;
    },
    newPage: async () => (await newContext(session.browser, session.server.url)).newPage(),
    signedInPage: async (username) => {
      const page = await session.newPage();
      await signIn(page, username);
      return page;
    },
  };
  return session;
}
