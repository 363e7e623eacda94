import type { SafeStorage } from 'electron';
import type { KeyKeeper } from '../encryption/key-keeper.js';

type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/**
 * The OS keyring as a KeyKeeper, only where it really protects the key: on Linux without a keyring
 * Electron falls back to `basic_text`, a password written in its own source — sealing the key with that
 * would only pretend. Must be called after the app is ready (before, the backend reads "unknown").
 */
export function osKeyKeeper(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyKeeper | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) {
    return undefined;
  }
  return {
    seal: (key) => safeStorage.encryptString(key.toString('hex')).toString('base64'),
    open: (sealed) => {
      try {
        const hex = safeStorage.decryptString(Buffer.from(sealed, 'base64'));
        return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
      } catch {
        return undefined; // another user's or another machine's keyring: ask for the passphrase instead
      }
    },
  };
}
