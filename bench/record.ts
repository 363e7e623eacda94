import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Store } from '../db/connection.js';

/** One statement execution as the app ran it: its SQL, how it was run, and with what values. */
export interface RecordedStatement {
  sql: string;
  method: 'run' | 'get' | 'all';
  args: unknown[];
}

/**
 * Runs `work` while noting every statement the app executes on `db`, so the benchmark's floor can replay
 * exactly those statements with nothing of the app around them.
 */
export function recordStatements(db: Store, work: () => void): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  const prepare = db.prepare;
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql);
    return new Proxy(statement, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'run' && property !== 'get' && property !== 'all') return value;
        return (...args: unknown[]) => {
          recorded.push({ sql, method: property, args: structuredClone(args) });
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }) as Store['prepare'];
  try {
    work();
  } finally {
    db.prepare = prepare;
  }
  return recorded;
}

/**
 * The recorded statements prepared on a bare connection, ready to run again. Values listed in `freshIds`
 * (ids the recorded run created) get a new id on every replay, so replayed inserts do not collide.
 */
export function prepareReplay(
  raw: Database.Database,
  recorded: readonly RecordedStatement[],
  freshIds: ReadonlySet<string> = new Set(),
): () => void {
  const steps = recorded.map((entry) => ({ ...entry, statement: raw.prepare(entry.sql) }));
  return () => {
    const ids = new Map<string, string>();
    const fresh = (value: unknown): unknown => {
      if (typeof value === 'string' && freshIds.has(value)) {
        if (!ids.has(value)) ids.set(value, randomUUID());
        return ids.get(value);
      }
      if (value && typeof value === 'object' && !Array.isArray(value))
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fresh(inner)]));
      return value;
    };
    for (const step of steps) {
      const args = freshIds.size > 0 ? step.args.map(fresh) : step.args;
      (step.statement[step.method] as (...a: unknown[]) => unknown)(...args);
    }
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids the recorded run created (the first value of each INSERT): replays give them fresh ones. */
export function createdIds(recorded: readonly RecordedStatement[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of recorded) {
    if (!/^\s*INSERT/i.test(entry.sql)) continue;
    const first = entry.args[0];
    const id = first && typeof first === 'object' ? (first as { id?: unknown }).id : first;
    if (typeof id === 'string' && UUID.test(id)) ids.add(id);
  }
  return ids;
}
