import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/** How to open a store file: which native build to load, and the data key of an encrypted store. */
export interface Driver {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string;
  /** The 32-byte data key of an encrypted store (SQLCipher 4 format, raw key); absent for a plain one. */
  key?: Buffer;
}

export const DATA_KEY_BYTES = 32;

/**
 * The raw-key form SQLite3 Multiple Ciphers understands: the bytes are the key itself, with no
 * key-derivation pass (the passphrase is stretched once, in main/encryption, not on every open).
 */
const rawKey = (key: Buffer) => Buffer.from(`x'${key.toString('hex')}'`);

function chooseCipher(db: Database.Database): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/**
 * Every connection the app makes goes through here, so none can forget the key or the temp-file rule:
 * SQLite's temporary files (sorts, indexes built for a query) are not encrypted, so they stay in memory.
 */
export function openDatabase(
  file: string,
  driver: Driver,
  mode: { readonly?: boolean; fileMustExist?: boolean } = {},
): Database.Database {
  const db = new Database(file, { ...mode, ...(driver.nativeBinding ? { nativeBinding: driver.nativeBinding } : {}) });
  try {
    if (driver.key) {
      chooseCipher(db);
      db.key(rawKey(driver.key));
    }
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Gives an open store a new key, or none (`undefined`: the store becomes plain). SQLite3 Multiple
 * Ciphers cannot rekey a WAL database, so the caller passes a copy in rollback-journal mode.
 */
export function changeKey(db: Database.Database, key: Buffer | undefined): void {
  chooseCipher(db);
  db.rekey(key ? rawKey(key) : Buffer.alloc(0));
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function headerOf(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length ? head : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Is the file an encrypted store? A plain SQLite file starts with its magic string; an encrypted one
 * starts with the random salt. Absent or empty files are not encrypted (there is nothing to unlock).
 */
export function looksEncrypted(file: string): boolean {
  const head = headerOf(file);
  return head !== undefined && !head.equals(PLAIN_HEADER);
}

/** Does the file start as a plain SQLite database does? */
export function looksPlain(file: string): boolean {
  return headerOf(file)?.equals(PLAIN_HEADER) ?? false;
}
