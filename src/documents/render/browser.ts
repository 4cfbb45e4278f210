import { chromium, type Browser, type Page } from 'playwright-core';
import { AppError } from '../../core/errors.ts';
import { BoundedQueue } from './queue.ts';

const CHROMIUM = process.env.STYRBORD_CHROMIUM ?? '/usr/bin/chromium';
const setting = (name: string, fallback: number, min: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= min ? value : fallback;
};
/** Pages printed at once (each one a Chromium renderer), and requests that may wait for one. */
const CONCURRENCY = setting('STYRBORD_PDF_CONCURRENCY', 2, 1);
const MAX_WAITING = setting('STYRBORD_PDF_QUEUE', 16, 0);
const RENDER_TIMEOUT_MS = 60_000;
export const RETRY_AFTER_SECONDS = 10;

const busy = () =>
  new AppError('unavailable', 'Servern är upptagen med att skapa PDF-filer, försök igen om en stund.', {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
const queue = new BoundedQueue(CONCURRENCY, MAX_WAITING, busy);

// One Chromium for the whole server, started on the first PDF; a new one if it dies.
let current: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  const launched = chromium
    .launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    .then(
      (browser) => {
        browser.on('disconnected', () => {
          if (current === launched) current = null;
        });
        return browser;
      },
      (err: Error) => {
        if (current === launched) current = null;
        throw new AppError('internal', `PDF kräver Chromium (${CHROMIUM}): ${err.message.split('\n')[0]}`);
      },
    );
  current = launched;
  return launched;
}

const sharedBrowser = async (): Promise<Browser> => {
  const browser = await (current ?? launch());
  return browser.isConnected() ? browser : launch();
};

async function inFreshContext<T>(print: (page: Page) => Promise<T>): Promise<T> {
  const browser = await sharedBrowser();
  // a context per render: its own cookies and storage, closed with everything it opened
  const context = await browser.newContext();
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new AppError('unavailable', 'Det tog för lång tid att skapa PDF-filen, försök igen.', {
              retryAfterSeconds: RETRY_AFTER_SECONDS,
            }),
          ),
        RENDER_TIMEOUT_MS,
      );
    });
    return await Promise.race([print(page), timeout]);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

/**
 * Prints with the shared Chromium, at most CONCURRENCY pages at a time; a full queue is a 503.
 * A browser that dies during a print (killed, crashed) is replaced and the print tried once more.
 */
export function withPage<T>(print: (page: Page) => Promise<T>): Promise<T> {
  return queue.run(async () => {
    try {
      return await inFreshContext(print);
    } catch (err) {
      const browser = await current?.catch(() => null);
      if (err instanceof AppError || browser?.isConnected()) throw err;
      return inFreshContext(print);
    }
  });
}

/** Closes the shared browser (server shutdown, end of a CLI command); the next PDF starts a new one. */
export async function closeBrowser(): Promise<void> {
  const closing = current;
  current = null;
  const browser = await closing?.catch(() => null);
  await browser?.close().catch(() => undefined);
}
