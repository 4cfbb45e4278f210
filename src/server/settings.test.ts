import { describe, expect, it } from 'vitest';
import { parseTrustProxy, serverSettingsFromEnv } from './settings.ts';

describe('server settings', () => {
  it('logs at info unless told, and refuses an unknown level', () => {
    expect(serverSettingsFromEnv({}).logLevel).toBe('info');
    expect(serverSettingsFromEnv({ STYRBORD_LOG_LEVEL: 'Warn' }).logLevel).toBe('warn');
    expect(() => serverSettingsFromEnv({ STYRBORD_LOG_LEVEL: 'chatty' })).toThrow(/STYRBORD_LOG_LEVEL/);
  });

  it('trusts no proxy by default, any with 1/true, or the listed addresses', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(true);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('10.0.0.1, loopback')).toEqual(['10.0.0.1', 'loopback']);
  });
});
