import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/**
 * The data key locked with the user's passphrase: scrypt stretches the passphrase (slow on purpose, a
 * tenth of a second, so guessing is slow too), AES-256-GCM seals the key; a wrong passphrase fails the
 * GCM tag, so it is told apart from a damaged store without touching the store.
 */
export const wrappedKeySchema = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.base64(),
  iv: z.base64(),
  tag: z.base64(),
  sealed: z.base64(),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;

function stretch(passphrase: string, salt: Buffer, cost: Pick<WrappedKey, 'N' | 'r' | 'p'>): Buffer {
  // NFC: the same Vietnamese passphrase typed with another input method arrives composed differently.
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r });
}

export function wrapWithPassphrase(key: Buffer, passphrase: string): WrappedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', stretch(passphrase, salt, SCRYPT), iv);
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

/** The data key, or undefined when the passphrase is not the one it was locked with. */
export function unwrapWithPassphrase(wrapped: WrappedKey, passphrase: string): Buffer | undefined {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    stretch(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped),
    Buffer.from(wrapped.iv, 'base64'),
  );
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(wrapped.sealed, 'base64')), decipher.final()]);
  } catch {
    return undefined;
  }
}
