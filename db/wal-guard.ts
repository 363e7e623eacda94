import { existsSync, readFileSync, statSync } from 'node:fs';
import { endianness } from 'node:os';

/** WAL-index header layout (sqlite.org/walformat.html §2.1): version 3007000, then mxFrame at 16. */
const WAL_INDEX_VERSION = 3007000;
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

export interface HotWalLoss {
  /** Frames the index says were committed but not yet copied into the database file. */
  framesMissing: number;
}

/**
 * Has the write-ahead log been lost while it still held committed changes? After a crash SQLite
 * keeps `-wal` (the changes) and `-shm` (its index). If the log is then deleted or cut short —
 * a copy that forgot it, a cleaner, a sync tool — SQLite cannot tell: it opens the older state
 * and the changes are silently gone. The index left behind still says how many frames were
 * committed (mxFrame) and how many were already copied into the database (nBackfill), so a log
 * shorter than that is caught here, before SQLite touches anything.
 * A clean close removes both files; with both gone there is nothing to lose and nothing to see.
 */
export function findHotWalLoss(file: string): HotWalLoss | undefined {
  const shm = `${file}-shm`;
  if (!existsSync(shm)) return undefined;
  const index = readFileSync(shm).subarray(0, 136);
  if (index.length < 136) return undefined;
  const u32 = (offset: number) => (endianness() === 'LE' ? index.readUInt32LE(offset) : index.readUInt32BE(offset));
  const version = u32(0);
  const isInit = index[12];
  const pageSize = pageSizeAt(index, 14);
  const maxFrame = u32(16);
  const backfilled = u32(96);
  if (version !== WAL_INDEX_VERSION || isInit !== 1 || maxFrame <= backfilled) return undefined;
  const wal = `${file}-wal`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  const needed = WAL_HEADER_BYTES + maxFrame * (FRAME_HEADER_BYTES + pageSize);
  return walBytes < needed ? { framesMissing: maxFrame - backfilled } : undefined;
}

/** szPage is a native-order u16; 1 stands for 65536. */
function pageSizeAt(index: Buffer, offset: number): number {
  const size = endianness() === 'LE' ? index.readUInt16LE(offset) : index.readUInt16BE(offset);
  return size === 1 ? 65536 : size;
}
