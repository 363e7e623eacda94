import { randomBytes } from 'node:crypto';
import { DATA_KEY_BYTES } from '../../db/driver.js';
import { DomainError } from '../../shared/api/result.js';
import type { EncryptionStatus } from '../../shared/domain/encryption.js';
import { decodeRecoveryKey, encodeRecoveryKey } from '../../shared/domain/recovery-key.js';
import { readKeyFile, writeKeyFile } from '../encryption/key-file.js';
import { decryptStore, encryptStore, keyFromPassphrase, lockKey } from '../encryption/store-encryption.js';
import type { ServiceContext } from './context.js';
import { invalidField } from './errors.js';
import type { Handlers } from './handler.js';

function status(ctx: ServiceContext): EncryptionStatus {
  const enabled = ctx.store.encrypted;
  return {
    enabled,
    keptByOs: enabled && readKeyFile(ctx.info.dataDir).keeper !== undefined,
    osKeeperAvailable: ctx.keyKeeper !== undefined,
  };
}

function mustBe(ctx: ServiceContext, enabled: boolean): void {
  if (ctx.store.encrypted === enabled) return;
  throw new DomainError('conflict', enabled ? 'The data is not encrypted.' : 'The data is already encrypted.');
}

const alreadyOpen = () => {
  throw new DomainError('conflict', 'The data is already unlocked.');
};

export const encryptionHandlers = {
  'encryption.status': (ctx) => status(ctx),
  'encryption.newRecoveryKey': () => ({ recoveryKey: encodeRecoveryKey(randomBytes(DATA_KEY_BYTES)) }),
  'encryption.enable': (ctx, { passphrase, recoveryKey }) => {
    mustBe(ctx, false);
    const key = decodeRecoveryKey(recoveryKey);
    if (!key) throw invalidField('recoveryKey', 'invalid_recovery_key');
    return encryptStore(ctx.info.dataDir, ctx.store, Buffer.from(key), passphrase, ctx.keyKeeper);
  },
  'encryption.changePassphrase': (ctx, { current, next }) => {
    mustBe(ctx, true);
    const key = keyFromPassphrase(ctx.info.dataDir, current, 'current');
    writeKeyFile(ctx.info.dataDir, lockKey(key, next, ctx.keyKeeper));
    return {};
  },
  'encryption.disable': (ctx, { passphrase }) => {
    mustBe(ctx, true);
    keyFromPassphrase(ctx.info.dataDir, passphrase);
    return decryptStore(ctx.info.dataDir, ctx.store);
  },
  // Answered by the locked/recovery dispatcher (main/recovery.ts) while the store is not open.
  'encryption.unlock': alreadyOpen,
  'encryption.unlockWithRecoveryKey': alreadyOpen,
} satisfies Partial<Handlers>;
