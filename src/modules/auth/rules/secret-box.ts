import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../core/errors.ts';

/**
 * TOTP secrets at rest: sealed with AES-256-GCM when STYRBORD_SECRET_KEY (32 bytes, as 64 hex
 * digits or base64) is set, so a copy of the database alone does not give the second factor
 * away. Without the key they are stored as they are; sealed ones then cannot be opened.
 */
const PREFIX = 'aes256gcm:';

export function secretKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const raw = env.STYRBORD_SECRET_KEY?.trim();
  if (!raw) return null;
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32)
    throw new AppError(
      'internal',
      'STYRBORD_SECRET_KEY måste vara 32 byte: 64 hexadecimala tecken eller base64 (t.ex. `openssl rand -hex 32`).',
    );
  return key;
}

export function sealSecret(secret: string, key: Buffer | null = secretKey()): string {
  if (!key) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

export function openSecret(stored: string, key: Buffer | null = secretKey()): string {
  if (!stored.startsWith(PREFIX)) return stored;
  if (!key) throw new AppError('internal', 'Tvåstegsnyckeln är krypterad men STYRBORD_SECRET_KEY saknas.');
  const [iv, tag, sealed] = stored
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  const unreadable = () =>
    new AppError('internal', 'Tvåstegsnyckeln kan inte öppnas med STYRBORD_SECRET_KEY (fel nyckel eller ändrade data).');
  if (!iv || !tag || !sealed) throw unreadable();
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  } catch {
    throw unreadable();
  }
}
