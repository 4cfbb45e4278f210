/** The server's own settings, read from the environment (documented in the README's settings table). */
import { AppError } from '../core/errors.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Fastify's trustProxy: off, on for whatever connects (the server is reachable only through the
 * proxy), or the proxies' addresses and CIDR ranges (proxy-addr names such as `loopback` too).
 */
export type TrustProxy = boolean | string[];

export interface ServerSettings {
  logLevel: LogLevel;
  trustProxy: TrustProxy;
}

export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function serverSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const level = (env.STYRBORD_LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!logLevels.includes(level as LogLevel)) {
    throw new AppError('validation', `STYRBORD_LOG_LEVEL måste vara en av ${logLevels.join(', ')} (fick "${env.STYRBORD_LOG_LEVEL}").`);
  }
  return { logLevel: level as LogLevel, trustProxy: parseTrustProxy(env.STYRBORD_TRUST_PROXY) };
}
