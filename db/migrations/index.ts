import type { Migration } from './runner.js';
import { migration0010 } from './0010-organizations.js';

/** Append-only: a shipped migration is never edited; a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [migration0010];
