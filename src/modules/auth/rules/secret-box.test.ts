import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openSecret, sealSecret, secretKey } from './secret-box.ts';

describe('TOTP secrets at rest', () => {
  const key = randomBytes(32);

  it('seals with the key so the stored text does not contain the secret, and opens it again', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', key);
    expect(sealed).toMatch(/^aes256gcm:/);
    expect(sealed).not.toContain('JBSWY3DP');
    expect(openSecret(sealed, key)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('refuses a wrong key, a changed text and a missing key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/fel nyckel/);
    expect(() => openSecret(sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA'), key)).toThrow(/fel nyckel/);
    expect(() => openSecret(sealed, null)).toThrow(/STYRBORD_SECRET_KEY saknas/);
  });

  it('stores the secret as it is without a key, and reads the key as hex or base64', () => {
    expect(sealSecret('ABC', null)).toBe('ABC');
    expect(openSecret('ABC', key)).toBe('ABC');
    expect(secretKey({ STYRBORD_SECRET_KEY: key.toString('hex') })).toEqual(key);
    expect(secretKey({ STYRBORD_SECRET_KEY: key.toString('base64') })).toEqual(key);
    expect(() => secretKey({ STYRBORD_SECRET_KEY: 'kort' })).toThrow(/32 byte/);
    expect(secretKey({})).toBeNull();
  });
});
