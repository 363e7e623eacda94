/**
 * Keeps the data key under the operating system's own protection (Electron's safeStorage: Keychain,
 * DPAPI, or a real Linux keyring), so an encrypted store opens at start without the passphrase. Only
 * given to the app where that protection is real; elsewhere the passphrase is asked at every start.
 */
export interface KeyKeeper {
  /** The key sealed by the OS, as text for the key file. */
  seal(key: Buffer): string;
  /** The key back, or undefined when the OS cannot open it (another user, another machine, a reset keyring). */
  open(sealed: string): Buffer | undefined;
}
