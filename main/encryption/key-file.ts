import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../../db/durable-file.js';
import { wrappedKeySchema } from './passphrase.js';

/**
 * `keys.json` in the data folder: the encrypted store's data key, locked with the passphrase and,
 * where the OS keyring is real, sealed by it too. It never holds the key itself. Its presence beside
 * an encrypted store is what makes the app start locked.
 */
export const KEY_FILE = 'keys.json';

const keyFileSchema = z.strictObject({
  format: z.literal(1),
  passphrase: wrappedKeySchema,
  /** The key sealed by the OS keyring (Electron safeStorage), when it was available. */
  keeper: z.string().optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export class KeyFileDamagedError extends Error {
  constructor(file: string) {
    super(`The key file ${file} is damaged: open the data with the printed recovery key.`);
    this.name = 'KeyFileDamagedError';
  }
}

const pathOf = (dataDir: string) => join(dataDir, KEY_FILE);

export function hasKeyFile(dataDir: string): boolean {
  return existsSync(pathOf(dataDir));
}

export function readKeyFile(dataDir: string): KeyFile {
  const file = pathOf(dataDir);
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new KeyFileDamagedError(file);
  }
}

/** Written whole or not at all, flushed to the disk, readable by the owner only. */
export function writeKeyFile(dataDir: string, keyFile: KeyFile): void {
  writeFileDurably(pathOf(dataDir), `${JSON.stringify(keyFile, null, 2)}\n`, 0o600);
}

export function removeKeyFile(dataDir: string): void {
  rmSync(pathOf(dataDir), { force: true });
}
