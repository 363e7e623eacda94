import type { Store } from '../connection.js';
import { recordAudit, type ChangeContext } from './audit.js';

export const CALENDAR_ENTITY = 'calendar_adjustment';

/** Adds or replaces the adjustment of one date (one entry per date). */
export function saveCalendarAdjustment(
  db: Store,
  change: ChangeContext,
  entry: { date: string; kind: 'day_off' | 'working_day'; name: string },
): string {
  const existing = db
    .prepare<[string], { id: string }>('SELECT id FROM calendar_adjustments WHERE date = ? AND deleted_at IS NULL')
    .get(entry.date);
  if (existing) {
    db.prepare('UPDATE calendar_adjustments SET kind = ?, name = ?, updated_at = ? WHERE id = ?').run(
      entry.kind,
      entry.name,
      change.now,
      existing.id,
    );
  } else {
    db.prepare(
      'INSERT INTO calendar_adjustments (id, date, kind, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(change.newId(), entry.date, entry.kind, entry.name, change.now, change.now);
  }
  const id =
    existing?.id ??
    db
      .prepare<[string], { id: string }>('SELECT id FROM calendar_adjustments WHERE date = ? AND deleted_at IS NULL')
      .get(entry.date)!.id;
  recordAudit(db, change, {
    entity: CALENDAR_ENTITY,
    entityId: id,
    action: existing ? 'update' : 'create',
    before: null,
    after: entry,
  });
  return id;
}
