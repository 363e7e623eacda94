import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Flushes a file (or a folder's entry list) to the disk. Folders cannot be opened for sync on Windows. */
export function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a file whole or not at all, and on the disk before it counts: a temp name, flushed, renamed
 * over the file, the folder flushed. A failed write leaves the old file and no temp file behind.
 */
export function writeFileDurably(file: string, bytes: Buffer | string, mode?: number): void {
  const temp = `${file}.partial`;
  try {
    rmSync(temp, { force: true }); // left by a write that was killed; it may have another owner's mode
    writeFileSync(temp, bytes, mode === undefined ? {} : { mode });
    fsyncPath(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncPath(dirname(file));
}
