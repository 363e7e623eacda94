import type { Database } from 'better-sqlite3-multiple-ciphers';
import { StoreOpenError } from '../errors.js';

export interface Migration {
  /** Numbered in tens (10, 20, …) so a fix can slot in between before release. */
  version: number;
  name: string;
  up(db: Database): void;
}

/** Refuses a list whose versions are not strictly increasing multiples of ten. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (migration.version % 10 !== 0 || migration.version <= previous) {
      throw new Error(
        `Migration ${migration.version} (${migration.name}) is out of order: versions must be increasing multiples of 10 after ${previous}.`,
      );
    }
    previous = migration.version;
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A database written by a newer app is never migrated, "repaired" or written to. */
export function refuseNewerSchema(current: number, latest: number): void {
  if (current > latest) {
    throw new StoreOpenError(
      'from_newer_version',
      `This data was written by a newer version of Protocol Desk (schema ${current}, this version knows ${latest}). Open it with the newer version.`,
    );
  }
}

/**
 * Brings the database to the newest version: every pending migration and the new user_version
 * in one transaction, so a crash leaves either the old schema or the complete new one.
 * A database written by a newer app is refused untouched. An existing store is backed up first.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  /** Runs before a store that already holds data is migrated (the checked backup). */
  beforeMigrating?: (from: number, to: number) => void,
): { from: number; to: number } {
  checkMigrationOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  refuseNewerSchema(current, latest);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return { from: current, to: current };
  if (current > 0) beforeMigrating?.(current, latest);

  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // user_version is written inside the transaction, so it rolls back with a failed migration.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from: current, to: latest };
}
