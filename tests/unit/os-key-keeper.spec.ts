import { expect, test } from '@playwright/test';
import { osKeyKeeper } from '../../main/electron/os-key-keeper.js';

type Backend = ReturnType<Parameters<typeof osKeyKeeper>[0]['getSelectedStorageBackend']>;

/** Electron's safeStorage stand-in (no Electron binary here): reversible, and failing for text it did not seal. */
function fakeSafeStorage(available: boolean, backend: Backend) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(`sealed:${text}`).reverse(),
    decryptString: (sealed: Buffer) => {
      const text = Buffer.from(sealed).reverse().toString();
      if (!text.startsWith('sealed:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('sealed:'.length);
    },
  };
}

const KEY = Buffer.from(Array.from({ length: 32 }, (_, index) => index * 7));

test('a real keyring seals the data key and gives the same key back; never the key in clear', () => {
  for (const [platform, backend] of [
    ['linux', 'gnome_libsecret'],
    ['linux', 'kwallet6'],
    ['darwin', 'unknown'],
    ['win32', 'unknown'],
  ] as const) {
    const keeper = osKeyKeeper(fakeSafeStorage(true, backend), platform);
    expect(keeper, `${platform} ${backend}`).toBeDefined();
    const sealed = keeper!.seal(KEY);
    expect(sealed).not.toContain(KEY.toString('hex'));
    expect(keeper!.open(sealed)).toEqual(KEY);
  }
});

test('no keeper where the protection is not real: basic_text on Linux, or no encryption at all', () => {
  expect(osKeyKeeper(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined();
  expect(osKeyKeeper(fakeSafeStorage(true, 'unknown'), 'linux')).toBeUndefined();
  expect(osKeyKeeper(fakeSafeStorage(false, 'gnome_libsecret'), 'linux')).toBeUndefined();
  expect(osKeyKeeper(fakeSafeStorage(false, 'unknown'), 'win32')).toBeUndefined();
});

test('a seal the keyring cannot open (another user, a reset keyring, a damaged file) gives no key, without throwing', () => {
  const keeper = osKeyKeeper(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')!;
  expect(keeper.open(Buffer.from('not sealed by this keyring').toString('base64'))).toBeUndefined();
  expect(keeper.open('%%%')).toBeUndefined();
  const notAKey = Buffer.from('sealed:xyz').reverse().toString('base64');
  expect(keeper.open(notAKey)).toBeUndefined();
});
